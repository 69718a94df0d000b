using System.Text.Json;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Interchange;

/// <summary>
/// Maps one valid <c>scorecard</c> object. The interviewer's name falls back to the panel's name
/// for them, then to their id; a missing summary is empty; ratings keep the document's order.
/// </summary>
internal static class ScorecardMapper
{
    public static Scorecard Map(JsonElement card, IReadOnlyDictionary<string, string> panelNames)
    {
        var interviewer = card.GetProperty("interviewer");
        var id = interviewer.Text("id");
        var name = interviewer.OptionalText("displayName") ?? panelNames.GetValueOrDefault(id) ?? id;
        var level = card.OptionalText("levelRecommendation");
        return new Scorecard(
            id,
            name,
            card.GetProperty("ratings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Integer(), StringComparer.Ordinal),
            card.Items("notes").Select(n => new EvidenceNote(n.OptionalText("dimension"), n.Text("text"))).ToArray(),
            card.OptionalText("recommendation") is { } r ? JsonElementReading.Wire<Recommendation>(r) : null,
            level is null ? null : Level.Parse(level, "levelRecommendation"),
            card.OptionalText("summary") ?? "",
            card.Items("claims").Select(MapClaim).ToArray(),
            card.OptionalTime("submittedAt"));
    }

    private static Claim MapClaim(JsonElement claim) =>
        new(JsonElementReading.Wire<ClaimTopic>(claim.Text("topic")),
            claim.Text("value"),
            claim.OptionalText("quote"),
            claim.OptionalText("subject"));
}
