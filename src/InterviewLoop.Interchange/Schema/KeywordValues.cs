using System.Text.Json;
using System.Text.RegularExpressions;

namespace InterviewLoop.Interchange.Schema;

/// <summary>Reads and checks the value of one schema keyword while compiling.</summary>
internal static class KeywordValues
{
    private static readonly HashSet<string> TypeNames =
        new(["object", "array", "string", "integer", "number", "boolean", "null"], StringComparer.Ordinal);

    public static IReadOnlyList<string> Types(JsonElement value, string at)
    {
        var types = value.ValueKind == JsonValueKind.String ? [value.GetString()!] : Strings(value, at);
        var unknown = types.FirstOrDefault(t => !TypeNames.Contains(t));
        return unknown is null ? types : throw new SchemaDefinitionException($"{at}: '{unknown}' is not a JSON Schema type");
    }

    public static IReadOnlyList<string> Strings(JsonElement value, string at) =>
        RequireKind(value, JsonValueKind.Array, at).EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw new SchemaDefinitionException($"{at}: expected an array of strings"))
            .ToArray();

    public static IReadOnlyList<JsonElement> Array(JsonElement value, string at) =>
        RequireKind(value, JsonValueKind.Array, at).EnumerateArray().Select(e => e.Clone()).ToArray();

    public static double Number(JsonElement value, string at) =>
        RequireKind(value, JsonValueKind.Number, at).GetDouble();

    public static int Count(JsonElement value, string at) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0
            ? n
            : throw new SchemaDefinitionException($"{at}: expected a non-negative integer");

    public static Regex Pattern(JsonElement value, string at)
    {
        var text = RequireKind(value, JsonValueKind.String, at).GetString()!;
        try
        {
            // JSON Schema patterns are unanchored ECMA-262; ours are simple enough that .NET syntax agrees.
            return new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new SchemaDefinitionException($"{at}: '{text}' is not a valid pattern", e);
        }
    }

    public static string Format(JsonElement value, string at)
    {
        var text = RequireKind(value, JsonValueKind.String, at).GetString()!;
        return text == DateTimeFormat.Name
            ? text
            : throw new SchemaDefinitionException($"{at}: format '{text}' is not supported (only '{DateTimeFormat.Name}')");
    }

    public static JsonElement RequireKind(JsonElement value, JsonValueKind kind, string at) =>
        value.ValueKind == kind
            ? value
            : throw new SchemaDefinitionException($"{at}: expected a JSON {kind.ToString().ToLowerInvariant()}");
}
