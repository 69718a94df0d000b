using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Contracts;

/// <summary>A round as stored: plan, panel and every scorecard, at <paramref name="Sequence"/>.</summary>
/// <param name="LoopId">Owning loop.</param>
/// <param name="Plan">Plan with the current panel.</param>
/// <param name="Scorecards">All scorecards, drafts included. Callers filter with <see cref="ScorecardVisibility"/>.</param>
/// <param name="Sequence">The round's sequence number: the version of its stream.</param>
public sealed record RoundView(string LoopId, RoundPlan Plan, IReadOnlyList<Scorecard> Scorecards, long Sequence)
{
    /// <summary>Agenda, shared clock, training mode and coverage (no ratings).</summary>
    public RoomState Room { get; init; } = RoomState.Empty;

    /// <summary>Submit reasons and amendments per scorecard (scorecard content: filter like the scorecards).</summary>
    public IReadOnlyList<ScorecardAudit> Audits { get; init; } = [];

    /// <summary>The round's standing for <see cref="ScorecardVisibility"/>: panel, who submitted, training mode.</summary>
    public RoundStanding Standing => new(
        Plan.RoundId, Plan.Panel, Scorecards.Where(s => s.IsSubmitted).Select(s => s.InterviewerId).ToArray(), Room.TrainingMode);
}

/// <summary>The answer to an accepted change, sent only after the change is durable.</summary>
/// <param name="Sequence">Round sequence number after the change (unchanged for a duplicate).</param>
/// <param name="Duplicate">True when the operation id had been applied before; nothing new was written.</param>
/// <param name="Scorecard">The interviewer's scorecard after the change.</param>
public sealed record ScoringAck(long Sequence, bool Duplicate, Scorecard Scorecard);

/// <summary>One durable write to an interviewer's own scorecard, as <see cref="IRoundGrain.ChangesSince"/> lists it.</summary>
/// <param name="Sequence">The round sequence number the write got.</param>
/// <param name="OperationId">The client operation id it carried.</param>
/// <param name="Kind"><c>change</c>, <c>submit</c> or <c>amend</c>.</param>
/// <param name="Change">The field and value for a change or an amendment; <c>null</c> for a submit.</param>
/// <param name="At">When the server accepted it (UTC).</param>
public sealed record OwnChange(long Sequence, string OperationId, string Kind, ScorecardChange? Change, DateTimeOffset At);

/// <summary>What an interviewer missed since a sequence number.</summary>
/// <param name="Sequence">The round's sequence number now.</param>
/// <param name="Changes">Their own writes after the asked-for sequence, in order (from any of their devices).</param>
/// <param name="Scorecard">Their scorecard now.</param>
public sealed record OwnChanges(long Sequence, IReadOnlyList<OwnChange> Changes, Scorecard Scorecard);

/// <summary>
/// One round, keyed <c>{loopId}/{roundId}</c>. Calls run one at a time. Every write is appended to
/// the stream <c>round/{loopId}/{roundId}</c> before it is acknowledged; a write that loses a race with
/// another process is re-decided on fresh state and retried, or refused with a
/// <see cref="Domain.DomainException"/>; it never overwrites. Scorecard writes are idempotent by
/// operation id; room writes (agenda, clock, training mode) by value. After each write the observer
/// hears of it, inside the turn, so pushes follow the sequence.
/// </summary>
public interface IRoundGrain : IGrainWithStringKey
{
    /// <summary>The round; throws <see cref="Domain.NotFoundException"/> when it does not exist.</summary>
    Task<RoundView> GetView();

    /// <summary>Applies one draft edit by a panel member and returns the durable acknowledgement.</summary>
    Task<ScoringAck> Change(string interviewerId, ScorecardChange change);

    /// <summary>
    /// Submits and locks the interviewer's scorecard. <paramref name="reason"/> and <paramref name="warnings"/>
    /// record why it was submitted despite coherence warnings (see <see cref="Round.Submit"/>).
    /// </summary>
    Task<ScoringAck> Submit(string interviewerId, string operationId, string? reason = null, IReadOnlyList<string>? warnings = null);

    /// <summary>Amends one field of the interviewer's submitted scorecard, with a reason (see <see cref="Round.Amend"/>).</summary>
    Task<ScoringAck> Amend(string interviewerId, ScorecardChange change, string reason);

    /// <summary>The interviewer's own writes after <paramref name="afterSequence"/>, and their scorecard now.</summary>
    Task<OwnChanges> ChangesSince(string interviewerId, long afterSequence);

    /// <summary>Replaces the panel; returns the new sequence number.</summary>
    Task<long> AssignPanel(Panel panel);

    /// <summary>Replaces the agenda (see <see cref="Agenda.Validate"/>); <paramref name="by"/> is the user id.</summary>
    Task<RoundView> SetAgenda(IReadOnlyList<AgendaItem> items, string by);

    /// <summary>Starts the shared clock at the server's time (no-op when started).</summary>
    Task<RoundView> Start(string by);

    /// <summary>Ends the round at the server's time (refused before it started; no-op when ended).</summary>
    Task<RoundView> End(string by);

    /// <summary>Turns training mode on or off (no-op when already so).</summary>
    Task<RoundView> SetTrainingMode(bool enabled, string by);
}
