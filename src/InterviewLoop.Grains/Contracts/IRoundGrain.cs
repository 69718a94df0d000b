using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Contracts;

/// <summary>A round as stored: plan, panel and every scorecard, at <paramref name="Sequence"/>.</summary>
/// <param name="LoopId">Owning loop.</param>
/// <param name="Plan">Plan with the current panel.</param>
/// <param name="Scorecards">All scorecards, drafts included. Callers filter by what the viewer may see.</param>
/// <param name="Sequence">The round's sequence number: the version of its stream.</param>
public sealed record RoundView(string LoopId, RoundPlan Plan, IReadOnlyList<Scorecard> Scorecards, long Sequence);

/// <summary>The answer to an accepted change, sent only after the change is durable.</summary>
/// <param name="Sequence">Round sequence number after the change (unchanged for a duplicate).</param>
/// <param name="Duplicate">True when the operation id had been applied before; nothing new was written.</param>
/// <param name="Scorecard">The interviewer's scorecard after the change.</param>
public sealed record ScoringAck(long Sequence, bool Duplicate, Scorecard Scorecard);

/// <summary>
/// One round, keyed <c>{loopId}/{roundId}</c>. Calls run one at a time. Every write is appended to
/// the stream <c>round/{loopId}/{roundId}</c> before it is acknowledged; a write that loses a race with
/// another process is re-decided on fresh state and retried, or refused with a
/// <see cref="Domain.DomainException"/>; it never overwrites. Changes are idempotent by operation id.
/// </summary>
public interface IRoundGrain : IGrainWithStringKey
{
    /// <summary>The round; throws <see cref="Domain.NotFoundException"/> when it does not exist.</summary>
    Task<RoundView> GetView();

    /// <summary>Applies one draft edit by a panel member and returns the durable acknowledgement.</summary>
    Task<ScoringAck> Change(string interviewerId, ScorecardChange change);

    /// <summary>Submits and locks the interviewer's scorecard.</summary>
    Task<ScoringAck> Submit(string interviewerId, string operationId);

    /// <summary>Replaces the panel; returns the new sequence number.</summary>
    Task<long> AssignPanel(Panel panel);
}
