namespace InterviewLoop.Packets.Model;

/// <summary>
/// Everything a debrief packet shows, already resolved to display text (names, labels, levels), so
/// the document renders it without looking anything up. It is also the packet's canonical content:
/// its seal is a SHA-256 over this record (see <see cref="Sealing.PacketHash"/>), so it carries no
/// generated-at time or anything else that changes between two renderings of the same events.
/// Built by <see cref="Projections.PacketProjection"/>; only submitted scorecards are shown.
/// </summary>
/// <param name="LoopId">Loop id, e.g. <c>loop-2026-0142</c>.</param>
/// <param name="Cover">Who, for what, when, by whom, and where the loop stands.</param>
/// <param name="Summary">Level signal, recommendations and the most important flags.</param>
/// <param name="Ratings">Every submitted rating by dimension and round, raw beside calibrated, with the raters.</param>
/// <param name="Rounds">Rounds in plan order, each with its panel's scorecards.</param>
/// <param name="Flags">Calibration flags, most severe first (the report's order).</param>
/// <param name="Coverage">Rubric dimensions nobody rated in a submitted scorecard.</param>
/// <param name="Audit">Dated history: planning, submissions, amendments, the decision; oldest first.</param>
/// <param name="Decision">The committee's decision, or <c>null</c> when none is recorded yet.</param>
public sealed record PacketModel(
    string LoopId,
    PacketCover Cover,
    PacketSummary Summary,
    PacketRatings Ratings,
    IReadOnlyList<PacketRound> Rounds,
    IReadOnlyList<PacketFlag> Flags,
    IReadOnlyList<PacketCoverageGap> Coverage,
    IReadOnlyList<PacketAuditEntry> Audit,
    PacketDecision? Decision);
