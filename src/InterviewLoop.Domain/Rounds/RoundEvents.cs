using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>Marker for events in a round's stream (<c>round/{loopId}/{roundId}</c>).</summary>
public interface IRoundEvent;

/// <summary>The round was scheduled as part of a loop's plan.</summary>
/// <param name="LoopId">Owning loop.</param>
/// <param name="Plan">The round's plan, with its initial panel.</param>
public sealed record RoundScheduled(string LoopId, RoundPlan Plan) : IRoundEvent;

/// <summary>The round's panel was replaced.</summary>
/// <param name="Panel">The new panel.</param>
public sealed record PanelAssigned(Panel Panel) : IRoundEvent;

/// <summary>A panel member changed one field of their draft scorecard.</summary>
/// <param name="InterviewerId">Who changed it.</param>
/// <param name="Change">The change, carrying its client operation id.</param>
/// <param name="At">When the server accepted it (UTC).</param>
public sealed record ScorecardChanged(string InterviewerId, ScorecardChange Change, DateTimeOffset At) : IRoundEvent;

/// <summary>A panel member submitted their scorecard; it is immutable from here on.</summary>
/// <param name="InterviewerId">Who submitted.</param>
/// <param name="OperationId">Client operation id of the submit.</param>
/// <param name="At">When (UTC).</param>
public sealed record ScorecardSubmitted(string InterviewerId, string OperationId, DateTimeOffset At) : IRoundEvent;

/// <summary>A scorecard already submitted elsewhere arrived with an imported loop document.</summary>
/// <param name="Scorecard">The whole scorecard, with its submission time.</param>
public sealed record ScorecardImported(Scorecard Scorecard) : IRoundEvent;
