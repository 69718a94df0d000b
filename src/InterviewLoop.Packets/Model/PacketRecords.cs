namespace InterviewLoop.Packets.Model;

/// <summary>A rubric dimension that no submitted scorecard rated.</summary>
/// <param name="Rubric">Rubric display name with id.</param>
/// <param name="Dimension">Dimension display name.</param>
/// <param name="Rounds">The rounds on that rubric, where it could have been rated.</param>
/// <param name="Pending">True when some of those rounds still have scorecards outstanding, so the gap may yet close.</param>
public sealed record PacketCoverageGap(string Rubric, string Dimension, IReadOnlyList<string> Rounds, bool Pending);

/// <summary>One dated line of the packet's audit trail.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Round">Round id, or <c>null</c> for the loop itself.</param>
/// <param name="Who">Display name of who did it, or <c>null</c> when not recorded.</param>
/// <param name="What">What happened, e.g. "Scorecard submitted" or "Amended rating of Scope: 3 → 4".</param>
/// <param name="Reason">The reason given (amendments, submits despite warnings), or <c>null</c>.</param>
public sealed record PacketAuditEntry(DateTimeOffset At, string? Round, string? Who, string What, string? Reason);

/// <summary>The hiring committee's recorded decision.</summary>
/// <param name="Outcome">"Hire", "No hire" or "Hold".</param>
/// <param name="Level">The level to hire at for a hire, else <c>null</c>.</param>
/// <param name="Rationale">Why, as written.</param>
/// <param name="DecidedBy">Display name of who recorded it.</param>
/// <param name="At">When (UTC).</param>
public sealed record PacketDecision(string Outcome, string? Level, string Rationale, string DecidedBy, DateTimeOffset At);
