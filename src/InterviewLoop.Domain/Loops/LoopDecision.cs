using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Domain.Loops;

/// <summary>What the hiring committee decided about a loop; wire names <c>hire</c>, <c>no_hire</c>, <c>hold</c>.</summary>
public enum DecisionOutcome
{
    /// <summary>Make an offer, at <see cref="LoopDecision.Level"/>.</summary>
    Hire,

    /// <summary>Do not make an offer.</summary>
    NoHire,

    /// <summary>Not decided on this evidence: the committee wants more (e.g. another round).</summary>
    Hold,
}

/// <summary>A committee member's request to record the loop's decision; checked by <see cref="Loop.Decide"/>.</summary>
/// <param name="Outcome">Hire, no hire or hold.</param>
/// <param name="Level">The level to hire at: required for <see cref="DecisionOutcome.Hire"/>, absent otherwise.</param>
/// <param name="Rationale">Why, in the committee's words (1..<see cref="LoopDecision.MaxRationaleLength"/> characters after trimming).</param>
/// <param name="DecidedById">User id of the committee member recording it (e.g. <c>u-91</c>).</param>
/// <param name="DecidedByName">Their display name, kept so the packet can name them without a user lookup.</param>
public sealed record DecideLoop(DecisionOutcome Outcome, Level? Level, string? Rationale, string DecidedById, string DecidedByName);

/// <summary>The hiring committee's recorded decision on a loop. Recorded once; it never changes afterwards.</summary>
/// <param name="Outcome">Hire, no hire or hold.</param>
/// <param name="Level">The level to hire at for a hire; <c>null</c> otherwise.</param>
/// <param name="Rationale">Why (trimmed, 1..<see cref="MaxRationaleLength"/> characters).</param>
/// <param name="DecidedById">User id of the committee member who recorded it.</param>
/// <param name="DecidedByName">Their display name.</param>
/// <param name="At">When it was recorded (UTC).</param>
public sealed record LoopDecision(DecisionOutcome Outcome, Level? Level, string Rationale, string DecidedById, string DecidedByName, DateTimeOffset At)
{
    /// <summary>Longest rationale accepted, in characters.</summary>
    public const int MaxRationaleLength = 20_000;
}
