using System.Data.Common;
using Dapper;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>
/// Keeps a round's <c>started_json</c> (interviewers with an unsubmitted draft) and <c>submitted_json</c>
/// in step with scorecard events: a draft moves an id into started, a submit moves it to submitted.
/// Each method returns whether the lists changed; most draft edits change nothing, and then nothing
/// is written, which keeps a live-scoring edit down to its event row.
/// </summary>
internal sealed class ScorecardProgressWriter(Database database, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
{
    private const string ReadSql = $"""
        SELECT started_json AS {nameof(RoundProgressRow.StartedJson)}, submitted_json AS {nameof(RoundProgressRow.SubmittedJson)}
        FROM rounds WHERE loop_id = @LoopId AND round_id = @RoundId
        """;

    private const string WriteSql = """
        UPDATE rounds SET started_json = @StartedJson, submitted_json = @SubmittedJson, updated_at = @UpdatedAt
        WHERE loop_id = @LoopId AND round_id = @RoundId;
        """;

    public Task<bool> MarkDraftingAsync(RoundAddress round, string interviewerId) =>
        UpdateAsync(round, (started, submitted) =>
        {
            if (!submitted.Contains(interviewerId) && !started.Contains(interviewerId)) started.Add(interviewerId);
        });

    public Task<bool> MarkSubmittedAsync(RoundAddress round, string interviewerId) =>
        UpdateAsync(round, (started, submitted) =>
        {
            started.Remove(interviewerId);
            if (!submitted.Contains(interviewerId)) submitted.Add(interviewerId);
        });

    private async Task<bool> UpdateAsync(RoundAddress round, Action<List<string>, List<string>> change)
    {
        var row = await connection.QuerySingleOrDefaultAsync<RoundProgressRow>(
            new CommandDefinition(ReadSql + database.Dialect.RowLockClause, new { round.LoopId, round.RoundId }, transaction, cancellationToken: ct))
            ?? throw new InvalidOperationException($"round '{round.LoopId}/{round.RoundId}' has scorecard events but was never scheduled");
        var (started, submitted) = (RoundJson.Ids(row.StartedJson), RoundJson.Ids(row.SubmittedJson));
        change(started, submitted);
        var update = new { round.LoopId, round.RoundId, StartedJson = RoundJson.Ids(started), SubmittedJson = RoundJson.Ids(submitted), UpdatedAt = database.Now() };
        if (update.StartedJson == row.StartedJson && update.SubmittedJson == row.SubmittedJson) return false;
        await connection.ExecuteAsync(new CommandDefinition(WriteSql, update, transaction, cancellationToken: ct));
        return true;
    }
}
