using System.Text.Json;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>Builders and readers of scoring-hub messages.</summary>
public static class HubMessages
{
    public const string Loop = "loop-2026-0142";

    /// <summary>A rating change as the page sends it (values travel as text).</summary>
    public static object Rating(string dimension, int value, string? operationId = null) =>
        new { operationId = operationId ?? Guid.NewGuid().ToString("N"), field = "rating", dimension, value = value.ToString() };

    /// <summary>The JSON problem inside a refused invocation's HubException message.</summary>
    public static JsonElement Problem(JsonElement completion)
    {
        const string marker = "HubException: ";
        var error = completion.GetProperty("error").GetString()!;
        return JsonDocument.Parse(error[(error.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..]).RootElement.Clone();
    }
}
