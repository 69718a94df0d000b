using System.Text.Json;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Interchange;

/// <summary>
/// Maps the <c>loop</c> object of a valid document to a <see cref="LoopSnapshot"/> (position 0).
/// A round without <c>panel</c> gets its scorecards' interviewers as leads; a missing
/// <c>durationMinutes</c> is <see cref="RoundPlan.DefaultDurationMinutes"/>.
/// </summary>
internal static class DocumentMapper
{
    public static LoopSnapshot Map(JsonElement loop)
    {
        var candidate = loop.GetProperty("candidate");
        var role = loop.GetProperty("role");
        return new LoopSnapshot(
            loop.Text("id"),
            new Candidate(candidate.Text("id"), candidate.Text("displayName")),
            new Role(
                role.Text("title"),
                JsonElementReading.Wire<Track>(role.Text("track")),
                Level.Parse(role.Text("targetLevel"), "loop.role.targetLevel")),
            loop.Items("rounds").Select(MapRound).ToArray());
    }

    private static RoundSnapshot MapRound(JsonElement round)
    {
        var listed = round.Items("panel").Select(MapMember).ToArray();
        var names = listed.ToDictionary(m => m.InterviewerId, m => m.DisplayName, StringComparer.Ordinal);
        var scorecards = round.Items("scorecards").Select(s => ScorecardMapper.Map(s, names)).ToArray();
        var members = listed.Length > 0
            ? listed
            : scorecards.Select(s => new PanelMember(s.InterviewerId, s.InterviewerName, PanelRole.Lead)).ToArray();
        var duration = round.TryGetProperty("durationMinutes", out var d) ? d.Integer() : RoundPlan.DefaultDurationMinutes;
        var plan = new RoundPlan(
            round.Text("id"),
            JsonElementReading.Wire<RoundKind>(round.Text("kind")),
            round.Text("rubric"),
            round.OptionalTime("startedAt"),
            duration,
            new Panel(members));
        return new RoundSnapshot(plan, scorecards);
    }

    private static PanelMember MapMember(JsonElement member) =>
        new(member.Text("id"), member.Text("displayName"), JsonElementReading.Wire<PanelRole>(member.Text("role")));
}
