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

/// <summary>A panel member submitted their scorecard; from here on it changes only by <see cref="ScorecardAmended"/>.</summary>
/// <param name="InterviewerId">Who submitted.</param>
/// <param name="OperationId">Client operation id of the submit.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Reason">Why the interviewer submitted despite coherence warnings, or <c>null</c> (absent in events stored before reasons existed).</param>
/// <param name="Warnings">The coherence warnings shown at submit (e.g. <c>unsupported_rating:impact</c>), or <c>null</c> for none.</param>
public sealed record ScorecardSubmitted(
    string InterviewerId, string OperationId, DateTimeOffset At, string? Reason = null, IReadOnlyList<string>? Warnings = null) : IRoundEvent;

/// <summary>The owner corrected one field of their submitted scorecard; kept in the audit trail with its reason.</summary>
/// <param name="InterviewerId">Whose scorecard (only its owner amends it).</param>
/// <param name="Change">The field's new value, carrying its client operation id.</param>
/// <param name="Reason">Why (1..2000 characters).</param>
/// <param name="At">When the server accepted it (UTC).</param>
public sealed record ScorecardAmended(string InterviewerId, ScorecardChange Change, string Reason, DateTimeOffset At) : IRoundEvent;

/// <summary>A scorecard already submitted elsewhere arrived with an imported loop document.</summary>
/// <param name="Scorecard">The whole scorecard, with its submission time.</param>
public sealed record ScorecardImported(Scorecard Scorecard) : IRoundEvent;
