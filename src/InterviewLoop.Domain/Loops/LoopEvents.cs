namespace InterviewLoop.Domain.Loops;

/// <summary>Marker for events in a loop's stream (<c>loop/{loopId}</c>).</summary>
public interface ILoopEvent;

/// <summary>The loop was created with its plan (rounds with their initial panels).</summary>
/// <param name="Plan">The validated plan.</param>
/// <param name="At">When it was planned (UTC).</param>
public sealed record LoopPlanned(LoopPlan Plan, DateTimeOffset At) : ILoopEvent;
