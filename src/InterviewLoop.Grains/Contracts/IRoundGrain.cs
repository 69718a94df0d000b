using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Contracts;

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
