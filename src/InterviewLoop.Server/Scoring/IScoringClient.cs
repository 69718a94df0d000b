using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;

namespace InterviewLoop.Server.Scoring;

/// <summary>An interviewer's own scorecard after a durable change, pushed to their other pages of the round.</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Sequence">Round sequence number after the change; pages ignore pushes at or below what they have.</param>
/// <param name="OperationId">The operation that caused it (the sending page already has it from its ack).</param>
/// <param name="Scorecard">The whole scorecard after the change.</param>
public sealed record ScorecardPush(string RoundKey, long Sequence, string OperationId, Scorecard Scorecard);

/// <summary>What the scoring hub calls on pages (strongly typed SignalR client).</summary>
public interface IScoringClient
{
    /// <summary>Sent only to the connections of the scorecard's own interviewer that joined the round.</summary>
    Task ScorecardChanged(ScorecardPush push);

    /// <summary>Sent to progress watchers (recruiters, admins); carries no ratings.</summary>
    Task ProgressChanged(RoundProgress progress);
}
