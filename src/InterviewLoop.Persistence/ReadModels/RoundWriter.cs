using System.Data.Common;
using Dapper;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>Writes <c>rounds</c> and <c>round_panel</c> rows inside the append's transaction.</summary>
internal sealed class RoundWriter(Database database, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
{
    // A round scheduled without its loop's plan goes last; the plan, when it comes, sets the order.
    private const string UpsertPlanSql = """
        INSERT INTO rounds (loop_id, round_id, kind, rubric_id, started_at, duration_minutes, panel_json, sequence, updated_at)
        VALUES (@LoopId, @RoundId, @Kind, @RubricId, @StartedAt, @DurationMinutes, @PanelJson,
                COALESCE(@Sequence, (SELECT COUNT(*) FROM rounds WHERE loop_id = @LoopId)), @UpdatedAt)
        ON CONFLICT (loop_id, round_id) DO UPDATE SET
            kind = excluded.kind, rubric_id = excluded.rubric_id, started_at = excluded.started_at,
            duration_minutes = excluded.duration_minutes, panel_json = excluded.panel_json,
            sequence = COALESCE(@Sequence, rounds.sequence), updated_at = excluded.updated_at;
        """;

    private const string SetPanelSql = """
        UPDATE rounds SET panel_json = @PanelJson, updated_at = @UpdatedAt
        WHERE loop_id = @LoopId AND round_id = @RoundId;
        """;

    private const string DeletePanelSql = "DELETE FROM round_panel WHERE loop_id = @LoopId AND round_id = @RoundId;";

    private const string InsertPanelSql = """
        INSERT INTO round_panel (loop_id, round_id, interviewer_id, role)
        VALUES (@LoopId, @RoundId, @InterviewerId, @Role);
        """;

    public async Task UpsertPlanAsync(string loopId, RoundPlan plan, int? sequence)
    {
        var row = new
        {
            LoopId = loopId, plan.RoundId, Kind = plan.Kind.ToWire(), plan.RubricId,
            StartedAt = plan.StartedAt is { } at ? Database.Timestamp(at) : null,
            plan.DurationMinutes, PanelJson = RoundJson.Panel(plan.Panel.Members), Sequence = sequence, UpdatedAt = database.Now(),
        };
        await ExecuteAsync(UpsertPlanSql, row);
        await ReplacePanelAsync(new RoundAddress(loopId, plan.RoundId), plan.Panel);
    }

    public async Task SetPanelAsync(RoundAddress round, Panel panel)
    {
        await ExecuteAsync(SetPanelSql, new { round.LoopId, round.RoundId, PanelJson = RoundJson.Panel(panel.Members), UpdatedAt = database.Now() });
        await ReplacePanelAsync(round, panel);
    }

    private async Task ReplacePanelAsync(RoundAddress round, Panel panel)
    {
        await ExecuteAsync(DeletePanelSql, new { round.LoopId, round.RoundId });
        var rows = panel.Members.Select(m => new { round.LoopId, round.RoundId, m.InterviewerId, Role = m.Role.ToWire() }).ToArray();
        if (rows.Length > 0) await ExecuteAsync(InsertPanelSql, rows);
    }

    private Task<int> ExecuteAsync(string sql, object parameters) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));
}
