using System.Globalization;
using System.Text.Json;
using InterviewLoop.Domain;

namespace InterviewLoop.Interchange;

/// <summary>
/// Reading helpers for a document that already passed the schema: required fields are present and
/// typed, so these only handle the optional and nullable ones.
/// </summary>
internal static class JsonElementReading
{
    public static string Text(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    /// <summary>The string value, or <c>null</c> when the field is absent or JSON null.</summary>
    public static string? OptionalText(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The array's items, or none when the field is absent.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static bool Has(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    /// <summary>An integral JSON number (the schema allows 4.0) as an <see cref="int"/>.</summary>
    public static int Integer(this JsonElement e) => (int)e.GetDecimal();

    /// <summary>An RFC 3339 timestamp as UTC, or <c>null</c> when absent.</summary>
    public static DateTimeOffset? OptionalTime(this JsonElement e, string name) =>
        e.OptionalText(name) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime()
            : null;

    /// <summary>A snake_case wire name the schema already restricted to <typeparamref name="TEnum"/>'s members.</summary>
    public static TEnum Wire<TEnum>(string wire) where TEnum : struct, Enum =>
        WireNames.TryParse<TEnum>(wire, out var value)
            ? value
            : throw new InvalidOperationException($"'{wire}' is not a {typeof(TEnum).Name}; the schema and {nameof(WireNames)} disagree.");
}
