using System.Globalization;
using System.Text.Json;

namespace InterviewLoop.Interchange.Schema;

/// <summary>How instance values and their types are named in error messages.</summary>
internal static class InstanceText
{
    private const int MaxShown = 60;

    /// <summary>The JSON Schema type name of <paramref name="value"/> (<c>integer</c> for integral numbers).</summary>
    public static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => IsInteger(value) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>True for a number with no fractional part (2020-12 counts 1.0 as an integer).</summary>
    public static bool IsInteger(JsonElement value) =>
        value.TryGetDecimal(out var d) ? d == decimal.Truncate(d) : Math.Floor(value.GetDouble()) == value.GetDouble();

    /// <summary>A short rendering: strings in single quotes, numbers and literals as written.</summary>
    public static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };

    /// <summary>The value with its type, for type errors: <c>string '5'</c>, <c>number 4.5</c>, <c>an object</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null => Show(value),
        _ => $"{TypeOf(value)} {Show(value)}",
    };

    /// <summary><paramref name="text"/> in single quotes, cut to 60 characters.</summary>
    public static string Quote(string text) => $"'{Truncate(text)}'";

    /// <summary>Enum members as a reader sees them: strings bare, others as written.</summary>
    public static string List(IEnumerable<JsonElement> values) =>
        string.Join(", ", values.Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()));

    public static string Number(double value) => value.ToString("0.###############", CultureInfo.InvariantCulture);

    private static string Truncate(string text) => text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");
}
