using Dapper;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.Calibration;

/// <summary>Each loop's latest calibration report (<c>calibration_reports</c>); a new one replaces the last.</summary>
public sealed class CalibrationReportStore
{
    private const string Columns = $"""
        loop_id AS {nameof(CalibrationRow.LoopId)}, report_json AS {nameof(CalibrationRow.ReportJson)},
        loop_position AS {nameof(CalibrationRow.LoopPosition)}, history_position AS {nameof(CalibrationRow.HistoryPosition)},
        computed_at AS {nameof(CalibrationRow.ComputedAt)}, trigger_kind AS {nameof(CalibrationRow.TriggerKind)}
        """;

    private const string FindSql = $"SELECT {Columns} FROM calibration_reports WHERE loop_id = @LoopId;";

    private const string StoredPositionSql = "SELECT loop_position FROM calibration_reports WHERE loop_id = @LoopId;";

    private const string UpsertSql = """
        INSERT INTO calibration_reports (loop_id, report_json, loop_position, history_position, computed_at, trigger_kind)
        VALUES (@LoopId, @ReportJson, @LoopPosition, @HistoryPosition, @ComputedAt, @Trigger)
        ON CONFLICT (loop_id) DO UPDATE SET
            report_json = excluded.report_json, loop_position = excluded.loop_position,
            history_position = excluded.history_position, computed_at = excluded.computed_at, trigger_kind = excluded.trigger_kind;
        """;

    // Round streams are named round/{loopId}/{roundId} (StreamIds): a byte-order range of stream ids finds them
    // through the UNIQUE (stream_id, version) index; '0' is the character after '/'.
    private const string LoopPositionSql = """
        SELECT COALESCE(MAX(position), 0) FROM events
        WHERE stream_id = @LoopStream OR (stream_id > @RoundsFrom AND stream_id < @RoundsTo);
        """;

    private readonly Database _database;

    internal CalibrationReportStore(Database database) => _database = database;

    /// <summary>The stored report of <paramref name="loopId"/>, or <c>null</c> when none was computed.</summary>
    public Task<StoredCalibration?> FindAsync(string loopId, CancellationToken ct = default) =>
        _database.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<CalibrationRow>(new CommandDefinition(FindSql, new { LoopId = loopId }, cancellationToken: ct));
            return row is null ? null : new StoredCalibration(row.LoopId, row.ReportJson, row.LoopPosition, row.HistoryPosition,
                Database.ParseTimestamp(row.ComputedAt), row.TriggerKind);
        }, ct);

    /// <summary>
    /// Stores <paramref name="report"/> in place of the loop's previous one. Throws <see cref="ArgumentException"/>
    /// naming <c>trigger</c> or <c>loopPosition</c> when they are not valid; nothing is written then.
    /// </summary>
    public Task SaveAsync(StoredCalibration report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!CalibrationTriggers.IsKnown(report.Trigger))
            throw new ArgumentException($"trigger: '{report.Trigger}' is not {CalibrationTriggers.AllSubmitted} or {CalibrationTriggers.OnDemand}", nameof(report));
        if (report.LoopPosition < 1) throw new ArgumentException($"loopPosition: {report.LoopPosition} is not a position (≥ 1)", nameof(report));
        var row = new
        {
            report.LoopId, report.ReportJson, report.LoopPosition, report.HistoryPosition,
            ComputedAt = Database.Timestamp(report.ComputedAt), report.Trigger,
        };
        return _database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(UpsertSql, row, t, cancellationToken: ct)), ct);
    }

    /// <summary>
    /// The loop position the stored report of <paramref name="loopId"/> was computed at, or <c>null</c> when none was
    /// computed; reads no report text.
    /// </summary>
    public Task<long?> StoredLoopPositionAsync(string loopId, CancellationToken ct = default) =>
        _database.ReadAsync(c => c.ExecuteScalarAsync<long?>(new CommandDefinition(StoredPositionSql, new { LoopId = loopId }, cancellationToken: ct)), ct);

    /// <summary>The global position of the newest event of <paramref name="loopId"/>'s loop and round streams (0 when none).</summary>
    public Task<long> LoopPositionAsync(string loopId, CancellationToken ct = default)
    {
        var rounds = StreamIds.Round(Round.KeyOf(loopId, ""));
        var parameters = new { LoopStream = StreamIds.Loop(loopId), RoundsFrom = rounds, RoundsTo = rounds[..^1] + "0" };
        return _database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(LoopPositionSql, parameters, cancellationToken: ct)), ct);
    }
}
