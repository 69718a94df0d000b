using InterviewLoop.Calibration;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Packets;

/// <summary>
/// Everything a debrief packet shows, already resolved to display text (names, labels, levels):
/// the document renders it without looking anything else up. Built by <see cref="From"/>.
/// </summary>
/// <param name="LoopId">Loop id, e.g. <c>loop-2026-0142</c>.</param>
/// <param name="CandidateName">Candidate display name.</param>
/// <param name="RoleTitle">Job title, e.g. "Senior Backend Engineer".</param>
/// <param name="Track">Track label, "IC" or "Manager".</param>
/// <param name="Level">Target level beside the level the evidence supports.</param>
/// <param name="Panel">Every interviewer of the loop, once, in order of first appearance.</param>
/// <param name="Flags">Calibration flags, in the report's order (most severe first).</param>
/// <param name="Rounds">Rounds in plan order.</param>
/// <param name="GeneratedAt">When the packet was generated (UTC), from the injected clock.</param>
public sealed record PacketModel(
    string LoopId,
    string CandidateName,
    string RoleTitle,
    string Track,
    PacketLevel Level,
    IReadOnlyList<PacketPanelist> Panel,
    IReadOnlyList<PacketFlag> Flags,
    IReadOnlyList<PacketRound> Rounds,
    DateTimeOffset GeneratedAt)
{
    /// <summary>
    /// Projects <paramref name="loop"/> and its calibration <paramref name="report"/> into a packet model.
    /// Every scorecard is kept (drafts marked as drafts) and every panel member without a scorecard
    /// appears as missing, so the committee sees what is not in yet.
    /// </summary>
    /// <param name="loop">The loop, drafts included.</param>
    /// <param name="report">The loop's calibration report (its calibrated values are shown beside raw ratings).</param>
    /// <param name="clock">Source of <see cref="GeneratedAt"/>.</param>
    public static PacketModel From(LoopSnapshot loop, CalibrationReport report, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(clock);
        var names = InterviewerNames.Of(loop);
        return new PacketModel(
            loop.LoopId,
            loop.Candidate.DisplayName,
            loop.Role.Title,
            loop.Role.Track == Domain.Loops.Track.Ic ? "IC" : "Manager",
            new PacketLevel(report.Level.Supported?.ToString(), report.Level.Confidence, loop.Role.TargetLevel.ToString()),
            PanelProjection.Of(loop),
            report.Flags.Select(f => FlagProjection.Of(f, names)).ToArray(),
            loop.Rounds.Select(r => RoundProjection.Of(r, report)).ToArray(),
            clock.GetUtcNow());
    }
}

/// <summary>The loop's target level beside what the evidence supports.</summary>
/// <param name="Supported">Supported level (<c>L1</c>..<c>L8</c>), or <c>null</c> when there is no evidence yet.</param>
/// <param name="Confidence">0..1: how sure calibration is of <paramref name="Supported"/>.</param>
/// <param name="Target">The loop's target level, <c>L1</c>..<c>L8</c>.</param>
public sealed record PacketLevel(string? Supported, double Confidence, string Target);

/// <summary>One interviewer of the loop and the rounds they sit on.</summary>
/// <param name="Id">User id, e.g. <c>u-17</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Rounds">Ids of the rounds this interviewer is on, in loop order.</param>
public sealed record PacketPanelist(string Id, string Name, IReadOnlyList<string> Rounds);
