using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InterviewLoop.Interchange;

/// <summary>Shared settings and small helpers of the document writers.</summary>
internal static class JsonOutput
{
    // Relaxed escaping keeps apostrophes and non-ASCII names readable (don't, not don\u0027t).
    // Safe here: the output is a file or standard output, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="body"/> against an indented writer and returns the UTF-8 text.</summary>
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) body(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>UTC timestamp in RFC 3339 (<c>2026-11-02T15:00:00Z</c>; fractions only when present).</summary>
    public static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString(at.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
            CultureInfo.InvariantCulture);

    /// <summary>Rounds to <paramref name="digits"/> decimals, never writing "-0" for a value that rounds to zero.</summary>
    public static double Round(double value, int digits) => Math.Round(value, digits) + 0.0;

    /// <summary>Writes the property only when <paramref name="value"/> is not <c>null</c>.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    /// <summary>Writes an array property with one call of <paramref name="item"/> per element.</summary>
    public static void WriteArray<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> item)
    {
        writer.WriteStartArray(name);
        foreach (var value in items) item(writer, value);
        writer.WriteEndArray();
    }
}
