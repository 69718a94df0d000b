using System.Text.Json.Nodes;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>A loop document to feed the CLI: the valid fixture, optionally broken in one place.</summary>
internal sealed class LoopDocument
{
    public const string CandidateName = "Morgan T.";
    public const string LoopId = "loop-cli-0007";

    private readonly JsonNode _root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "loop-morgan-t.json")))!;

    public static LoopDocument Valid() => new();

    /// <summary>Sets <c>loop.rounds[round].scorecards[card].ratings.dimension</c>.</summary>
    public LoopDocument WithRating(int round, int card, string dimension, int rating)
    {
        _root["loop"]!["rounds"]![round]!["scorecards"]![card]!["ratings"]![dimension] = rating;
        return this;
    }

    public LoopDocument WithLoopId(string loopId)
    {
        _root["loop"]!["id"] = loopId;
        return this;
    }

    public string WriteTo(TempDirectory dir, string name = "loop.json")
    {
        var path = dir.File(name);
        File.WriteAllText(path, _root.ToJsonString());
        return path;
    }
}
