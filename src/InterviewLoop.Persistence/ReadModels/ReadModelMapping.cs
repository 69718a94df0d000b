using InterviewLoop.Domain;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>Turns read-model rows (wire names, text times, JSON columns) into the public records.</summary>
internal static class ReadModelMapping
{
    public static LoopSummary ToSummary(LoopRow row) => new(
        row.LoopId, row.CandidateId, row.CandidateName, row.RoleTitle,
        Parse<Domain.Loops.Track>(row.Track, "loops.track"),
        Level.TryParse(row.TargetLevel, out var level) ? level : throw Corrupt("loops.target_level", row.TargetLevel),
        (int)row.RoundCount, (int)row.SubmittedCount, (int)row.ExpectedCount, row.State,
        Database.ParseTimestamp(row.CreatedAt), Database.ParseTimestamp(row.UpdatedAt));

    /// <summary>The round as seen by <paramref name="interviewerId"/> (role and submission), or by no one when null.</summary>
    public static RoundSummary ToSummary(RoundRow row, string? interviewerId)
    {
        var panel = RoundJson.Panel(row.PanelJson);
        var submitted = RoundJson.Ids(row.SubmittedJson);
        var seat = interviewerId is null ? null : panel.FirstOrDefault(m => m.InterviewerId == interviewerId);
        return new RoundSummary(
            row.LoopId, row.RoundId, Parse<Domain.Loops.RoundKind>(row.Kind, "rounds.kind"), row.RubricId,
            row.StartedAt is null ? null : Database.ParseTimestamp(row.StartedAt), (int)row.DurationMinutes, (int)row.Sequence,
            row.CandidateName ?? "", row.RoleTitle ?? "", panel, RoundJson.Ids(row.StartedJson), submitted,
            seat?.Role, interviewerId is not null && submitted.Contains(interviewerId));
    }

    private static T Parse<T>(string wire, string column) where T : struct, Enum =>
        WireNames.TryParse<T>(wire, out var value) ? value : throw Corrupt(column, wire);

    private static InvalidOperationException Corrupt(string column, string value) =>
        new($"{column}: '{value}' is not a value this build reads");
}
