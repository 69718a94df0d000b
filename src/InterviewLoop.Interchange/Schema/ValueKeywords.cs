using System.Text.Json;

namespace InterviewLoop.Interchange.Schema;

/// <summary>The keywords about one value: const, enum, minimum/maximum, minLength/maxLength, pattern, format.</summary>
internal static class ValueKeywords
{
    public static string? Check(SchemaNode node, JsonElement value)
    {
        if (node.Const is { } expected && !JsonElement.DeepEquals(expected, value))
            return $"must be {InstanceText.Show(expected)}, got {InstanceText.Show(value)}";
        if (node.Enum is { } members && !members.Any(m => JsonElement.DeepEquals(m, value)))
            return $"{InstanceText.Show(value)} is not one of {InstanceText.List(members)}";
        return value.ValueKind switch
        {
            JsonValueKind.Number => Range(node, value.GetDouble()),
            JsonValueKind.String => Text(node, value.GetString()!),
            _ => null,
        };
    }

    private static string? Range(SchemaNode node, double number)
    {
        var shown = InstanceText.Number(number);
        var outside = number < node.Minimum || number > node.Maximum;
        if (outside && node is { Minimum: { } min, Maximum: { } max })
            return $"{shown} is outside {InstanceText.Number(min)}..{InstanceText.Number(max)}";
        if (number < node.Minimum) return $"{shown} is below the minimum {InstanceText.Number(node.Minimum.Value)}";
        if (number > node.Maximum) return $"{shown} is above the maximum {InstanceText.Number(node.Maximum.Value)}";
        return null;
    }

    private static string? Text(SchemaNode node, string text)
    {
        // JSON Schema counts lengths in code points, not UTF-16 units.
        var length = text.EnumerateRunes().Count();
        if (length < node.MinLength)
            return node.MinLength == 1 ? "must not be empty" : $"has {length} characters, fewer than {node.MinLength}";
        if (length > node.MaxLength) return $"has {length} characters, more than {node.MaxLength}";
        if (node.Pattern is { } pattern && !pattern.IsMatch(text))
            return $"{InstanceText.Quote(text)} does not match the pattern {pattern}";
        if (node.Format == DateTimeFormat.Name && !DateTimeFormat.IsValid(text))
            return $"{InstanceText.Quote(text)} is not an RFC 3339 date-time such as 2026-11-02T15:00:00Z";
        return null;
    }
}
