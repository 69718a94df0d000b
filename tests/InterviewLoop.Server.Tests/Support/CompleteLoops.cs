using System.Text.Json;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>
/// Finished loops (every scorecard submitted) for rater-history tests: one deep-dive round rated by Priya, Dana
/// and Marcus, where Marcus scores the same evidence two points lower than the other two.
/// </summary>
public static class CompleteLoops
{
    private static readonly string[] Dimensions = ["scope", "autonomy", "judgment", "production_ownership", "impact", "influence", "reflection"];
    private static readonly int[] Shape = [0, 1, 0, -1, 1, 0, 0];

    /// <summary>Loop <paramref name="loopId"/> of candidate <c>cand-{n}</c>, whose ratings centre on <paramref name="ability"/> (3..4).</summary>
    public static string WithHarshMarcus(string loopId, int n, int ability) => JsonSerializer.Serialize(new
    {
        schema = "interviewloop.loop/v1",
        loop = new
        {
            id = loopId,
            candidate = new { id = $"cand-{n}", displayName = $"Candidate {n}" },
            role = new { title = "Backend Engineer", track = "ic", targetLevel = "L4" },
            rounds = new[]
            {
                new
                {
                    id = "r1", kind = "project_deep_dive", rubric = "senior-evidence/v1", startedAt = "2026-10-01T14:00:00Z",
                    scorecards = new[] { Card("u-17", "Priya N.", ability, 0), Card("u-21", "Dana K.", ability, 0), Card("u-40", "Marcus O.", ability, -2) },
                },
            },
        },
    });

    private static object Card(string id, string name, int ability, int offset) => new
    {
        interviewer = new { id, displayName = name },
        submittedAt = "2026-10-01T15:30:00Z",
        ratings = Dimensions.Select((d, i) => (d, Math.Clamp(ability + Shape[i] + offset, 1, 5))).ToDictionary(x => x.d, x => x.Item2),
        recommendation = "mixed",
        levelRecommendation = "L4",
        summary = "Walked through the service split and what broke in production.",
        notes = Array.Empty<object>(),
    };
}
