using System.Text.Json;

namespace InterviewLoop.Interchange;

/// <summary>
/// Reads the raw text once, token by token, so that a syntax error or a duplicated field name is
/// reported with the JSON path it happened at (<see cref="JsonDocument"/> only knows the line).
/// Comments and trailing commas are refused: the contract is strict JSON.
/// </summary>
internal static class JsonSyntax
{
    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>Throws <see cref="LoopDocumentException"/> at the first syntax error or duplicated name.</summary>
    public static void Check(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var path = new JsonPathTracker();
        try
        {
            while (reader.Read()) path.Step(ref reader);
        }
        catch (JsonException e)
        {
            var slip = JsonSlip.Find(utf8, (int)reader.BytesConsumed, path);
            throw new LoopDocumentException(slip?.Path ?? path.Current, Describe(e, slip?.Reason));
        }
    }

    private static string Describe(JsonException e, string? ownReason)
    {
        var reason = ownReason ?? RuntimeReason(e);
        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        return $"invalid JSON at line {line}, column {column}: {reason}";
    }

    // The reader's own wording, for the slips JsonSlip does not name, less its position suffix.
    private static string RuntimeReason(JsonException e)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) reason = reason[..cut];
        return reason.TrimEnd('.', ' ');
    }
}
