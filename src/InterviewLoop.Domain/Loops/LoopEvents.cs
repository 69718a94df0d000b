namespace InterviewLoop.Domain.Loops;

/// <summary>Marker for events in a loop's stream (<c>loop/{loopId}</c>).</summary>
public interface ILoopEvent;

/// <summary>The loop was created with its plan (rounds with their initial panels).</summary>
/// <param name="Plan">The validated plan.</param>
/// <param name="At">When it was planned (UTC).</param>
public sealed record LoopPlanned(LoopPlan Plan, DateTimeOffset At) : ILoopEvent;

/// <summary>The hiring committee recorded its decision; the loop is decided from here on.</summary>
/// <param name="Decision">The decision with its rationale, who recorded it and when.</param>
public sealed record LoopDecided(LoopDecision Decision) : ILoopEvent;
