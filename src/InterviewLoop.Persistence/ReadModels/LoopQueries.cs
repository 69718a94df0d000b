using Dapper;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>
/// Lists loops and rounds from the read models. They are written in the same transaction as the
/// events, so a query after an append always sees it.
/// </summary>
public sealed class LoopQueries
{
    private const string LoopColumns = $"""
        loop_id AS {nameof(LoopRow.LoopId)}, candidate_id AS {nameof(LoopRow.CandidateId)}, candidate_name AS {nameof(LoopRow.CandidateName)},
        role_title AS {nameof(LoopRow.RoleTitle)}, track AS {nameof(LoopRow.Track)}, target_level AS {nameof(LoopRow.TargetLevel)},
        round_count AS {nameof(LoopRow.RoundCount)}, submitted_count AS {nameof(LoopRow.SubmittedCount)},
        expected_count AS {nameof(LoopRow.ExpectedCount)}, state AS {nameof(LoopRow.State)},
        created_at AS {nameof(LoopRow.CreatedAt)}, updated_at AS {nameof(LoopRow.UpdatedAt)}
        """;

    private const string ListLoopsSql = $"SELECT {LoopColumns} FROM loops ORDER BY created_at DESC, loop_id;";

    private const string FindLoopSql = $"SELECT {LoopColumns} FROM loops WHERE loop_id = @LoopId;";

    private const string RoundColumns = $"""
        r.loop_id AS {nameof(RoundRow.LoopId)}, r.round_id AS {nameof(RoundRow.RoundId)}, r.kind AS {nameof(RoundRow.Kind)},
        r.rubric_id AS {nameof(RoundRow.RubricId)}, r.started_at AS {nameof(RoundRow.StartedAt)},
        r.duration_minutes AS {nameof(RoundRow.DurationMinutes)}, r.sequence AS {nameof(RoundRow.Sequence)},
        l.candidate_name AS {nameof(RoundRow.CandidateName)}, l.role_title AS {nameof(RoundRow.RoleTitle)},
        r.panel_json AS {nameof(RoundRow.PanelJson)}, r.started_json AS {nameof(RoundRow.StartedJson)},
        r.submitted_json AS {nameof(RoundRow.SubmittedJson)}
        """;

    private const string ListRoundsSql = $"""
        SELECT {RoundColumns}
        FROM rounds r LEFT JOIN loops l ON l.loop_id = r.loop_id
        WHERE r.loop_id = @LoopId
        ORDER BY r.sequence, r.round_id;
        """;

    // Unscheduled rounds sort last; times are UTC ISO-8601 text, so text order is time order.
    private const string ListForInterviewerSql = $"""
        SELECT {RoundColumns}
        FROM round_panel p
        JOIN rounds r ON r.loop_id = p.loop_id AND r.round_id = p.round_id
        LEFT JOIN loops l ON l.loop_id = r.loop_id
        WHERE p.interviewer_id = @InterviewerId
        ORDER BY CASE WHEN r.started_at IS NULL THEN 1 ELSE 0 END, r.started_at, r.loop_id, r.sequence;
        """;

    private readonly Database _database;

    internal LoopQueries(Database database) => _database = database;

    /// <summary>Every loop, newest planned first.</summary>
    public Task<IReadOnlyList<LoopSummary>> ListLoopsAsync(CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<LoopSummary>>(async c =>
            (await c.QueryAsync<LoopRow>(new CommandDefinition(ListLoopsSql, cancellationToken: ct))).Select(ReadModelMapping.ToSummary).ToArray(), ct);

    /// <summary>The loop with <paramref name="loopId"/>, or <c>null</c> when none was planned.</summary>
    public Task<LoopSummary?> FindLoopAsync(string loopId, CancellationToken ct = default) =>
        _database.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<LoopRow>(new CommandDefinition(FindLoopSql, new { LoopId = loopId }, cancellationToken: ct));
            return row is null ? null : ReadModelMapping.ToSummary(row);
        }, ct);

    /// <summary>
    /// The rounds of <paramref name="loopId"/> in plan order (empty for an unknown loop). With
    /// <paramref name="interviewerId"/>, each round's <see cref="RoundSummary.PanelRole"/> and
    /// <see cref="RoundSummary.Submitted"/> describe that interviewer.
    /// </summary>
    public Task<IReadOnlyList<RoundSummary>> ListRoundsAsync(string loopId, string? interviewerId = null, CancellationToken ct = default) =>
        QueryRoundsAsync(ListRoundsSql, new { LoopId = loopId }, interviewerId, ct);

    /// <summary>
    /// The rounds whose current panel includes <paramref name="interviewerId"/>, scheduled ones first by
    /// start time, with that interviewer's panel role and whether they submitted.
    /// </summary>
    public Task<IReadOnlyList<RoundSummary>> ListRoundsForInterviewerAsync(string interviewerId, CancellationToken ct = default) =>
        QueryRoundsAsync(ListForInterviewerSql, new { InterviewerId = interviewerId }, interviewerId, ct);

    private Task<IReadOnlyList<RoundSummary>> QueryRoundsAsync(string sql, object parameters, string? interviewerId, CancellationToken ct) =>
        _database.ReadAsync<IReadOnlyList<RoundSummary>>(async c =>
            (await c.QueryAsync<RoundRow>(new CommandDefinition(sql, parameters, cancellationToken: ct)))
                .Select(r => ReadModelMapping.ToSummary(r, interviewerId)).ToArray(), ct);
}
