using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets.Projections;

/// <summary>
/// Projects a loop and its calibration report into a <see cref="PacketModel"/>. Pure and deterministic:
/// the same record and report give an equal model (and so an equal hash) on any machine. Only submitted
/// scorecards are shown; every panel member without one appears as "not submitted yet".
/// </summary>
public static class PacketProjection
{
    /// <summary>
    /// The packet model of <paramref name="record"/>, with calibrated values from <paramref name="report"/> and
    /// raters' severities from <paramref name="raters"/> (the history the calibrator used), when there is one.
    /// </summary>
    public static PacketModel From(LoopRecord record, CalibrationReport report, RaterHistory? raters = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(report);
        var loop = record.Loop;
        var names = InterviewerNames.Of(loop);
        var flags = report.Flags.Select((f, i) => FlagProjection.Of(f, i + 1, names)).ToArray();
        return new PacketModel(
            loop.LoopId,
            CoverProjection.Of(loop, record.Decision),
            SummaryProjection.Of(loop, report, flags),
            RatingsProjection.Of(loop, report, names, raters),
            loop.Rounds.Select(r => RoundProjection.Of(r, report)).ToArray(),
            flags,
            CoverageProjection.Of(loop),
            AuditProjection.Of(record, names),
            DecisionProjection.Of(record.Decision));
    }
}
