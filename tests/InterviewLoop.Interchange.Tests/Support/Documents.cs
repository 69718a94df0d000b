using System.Text.Json.Nodes;

namespace InterviewLoop.Interchange.Tests.Support;

/// <summary>Edits a JSON document for one test: <c>Documents.Edit(json, d => d["loop"]!["id"] = "x")</c>.</summary>
internal static class Documents
{
    public static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }

    /// <summary>The first scorecard of the first round of the minimal fixture.</summary>
    public static JsonNode FirstCard(JsonNode document) => document["loop"]!["rounds"]![0]!["scorecards"]![0]!;

    public static JsonNode FirstRound(JsonNode document) => document["loop"]!["rounds"]![0]!;

    public static string Minimal => TestFiles.Fixture("minimal-loop.json");

    /// <summary>Sets the value at a contract path such as <c>loop.rounds[0].kind</c>.</summary>
    public static void Set(JsonNode document, string path, JsonNode value)
    {
        var node = document;
        var parts = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        foreach (var part in parts[..^1])
            node = part.StartsWith('[') ? node[int.Parse(part[1..^1])]! : node[part]!;
        node[parts[^1]] = value;
    }
}
