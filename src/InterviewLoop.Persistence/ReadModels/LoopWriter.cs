using System.Data.Common;
using Dapper;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>Writes <c>loops</c> rows: the plan's facts, and the counts and state derived from its rounds.</summary>
internal sealed class LoopWriter(Database database, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
{
    private const string UpsertSql = """
        INSERT INTO loops (loop_id, candidate_id, candidate_name, role_title, track, target_level, created_at, updated_at)
        VALUES (@LoopId, @CandidateId, @CandidateName, @RoleTitle, @Track, @TargetLevel, @CreatedAt, @UpdatedAt)
        ON CONFLICT (loop_id) DO UPDATE SET
            candidate_id = excluded.candidate_id, candidate_name = excluded.candidate_name,
            role_title = excluded.role_title, track = excluded.track, target_level = excluded.target_level,
            updated_at = excluded.updated_at;
        """;

    // Taken before the rounds are read, so that two processes recounting one loop take turns (PostgreSQL).
    private const string LockLoopSql = "SELECT loop_id FROM loops WHERE loop_id = @LoopId";

    private const string RoundsSql = $"""
        SELECT panel_json AS {nameof(RoundProgressRow.PanelJson)}, started_json AS {nameof(RoundProgressRow.StartedJson)},
               submitted_json AS {nameof(RoundProgressRow.SubmittedJson)}
        FROM rounds WHERE loop_id = @LoopId;
        """;

    private const string TotalsSql = """
        UPDATE loops SET round_count = @RoundCount, submitted_count = @SubmittedCount, expected_count = @ExpectedCount,
                         state = @State, updated_at = @UpdatedAt
        WHERE loop_id = @LoopId;
        """;

    public Task UpsertAsync(LoopPlan plan, DateTimeOffset plannedAt)
    {
        var row = new
        {
            plan.LoopId, CandidateId = plan.Candidate.Id, CandidateName = plan.Candidate.DisplayName,
            RoleTitle = plan.Role.Title, Track = plan.Role.Track.ToWire(), TargetLevel = plan.Role.TargetLevel.ToString(),
            CreatedAt = Database.Timestamp(plannedAt), UpdatedAt = database.Now(),
        };
        return connection.ExecuteAsync(new CommandDefinition(UpsertSql, row, transaction, cancellationToken: ct));
    }

    /// <summary>Recounts the loop from its rounds. Only panel members count, so a panel change moves the totals too.</summary>
    public async Task RecountAsync(string loopId)
    {
        await connection.ExecuteScalarAsync<string?>(
            new CommandDefinition(LockLoopSql + database.Dialect.RowLockClause, new { LoopId = loopId }, transaction, cancellationToken: ct));
        var rounds = (await connection.QueryAsync<RoundProgressRow>(
            new CommandDefinition(RoundsSql, new { LoopId = loopId }, transaction, cancellationToken: ct))).ToArray();
        int expected = 0, submitted = 0, active = 0;
        foreach (var round in rounds)
        {
            var panel = RoundJson.Panel(round.PanelJson).Select(m => m.InterviewerId).ToHashSet(StringComparer.Ordinal);
            var done = RoundJson.Ids(round.SubmittedJson).Count(panel.Contains);
            expected += panel.Count;
            submitted += done;
            if (done > 0 || RoundJson.Ids(round.StartedJson).Any(panel.Contains)) active++;
        }
        var state = LoopStates.Of(rounds.Length, active, submitted, expected);
        var totals = new { LoopId = loopId, RoundCount = rounds.Length, SubmittedCount = submitted, ExpectedCount = expected, State = state, UpdatedAt = database.Now() };
        await connection.ExecuteAsync(new CommandDefinition(TotalsSql, totals, transaction, cancellationToken: ct));
    }
}
