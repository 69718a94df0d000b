using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>Loop documents (<c>interviewloop.loop/v1</c>) for tests.</summary>
public static class LoopDocuments
{
    /// <summary>A planned loop with one coding round and <paramref name="interviewerId"/> as its lead.</summary>
    public static string SmallLoop(string loopId, string interviewerId) => JsonSerializer.Serialize(new
    {
        schema = "interviewloop.loop/v1",
        loop = new
        {
            id = loopId,
            candidate = new { id = "cand-1", displayName = "Sam P." },
            role = new { title = "Backend Engineer", track = "ic", targetLevel = "L3" },
            rounds = new[]
            {
                new { id = "r1", kind = "coding", rubric = "senior-evidence/v1", panel = new[] { new { id = interviewerId, displayName = "Panelist", role = "lead" } } },
            },
        },
    });

    /// <summary>The sample loop document under another loop id, to be edited by the test.</summary>
    public static JsonNode Sample(string loopId)
    {
        var document = JsonNode.Parse(File.ReadAllText(RepoFiles.SampleLoop))!;
        document["loop"]!["id"] = loopId;
        return document;
    }
}
