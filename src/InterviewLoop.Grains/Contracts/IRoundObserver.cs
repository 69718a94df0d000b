using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Grains.Contracts;

/// <summary>Who on a round's panel has started and who has submitted; carries no ratings.</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Sequence">Round sequence number.</param>
/// <param name="Started">Interviewer ids with a draft.</param>
/// <param name="Submitted">Interviewer ids who submitted.</param>
public sealed record RoundProgress(string RoundKey, long Sequence, IReadOnlyList<string> Started, IReadOnlyList<string> Submitted);

/// <summary>
/// Receives what a round grain has made durable, to push it to pages (the server backs this with
/// SignalR). Called after the append, inside the grain's turn, so pushes arrive in sequence order.
/// </summary>
public interface IRoundObserver
{
    /// <summary>An interviewer's own scorecard changed (for that interviewer's other pages only).</summary>
    Task ScorecardChanged(string roundKey, long sequence, string operationId, Scorecard scorecard);

    /// <summary>The round's progress changed (for progress watchers).</summary>
    Task ProgressChanged(RoundProgress progress);
}

/// <summary>An observer that does nothing (command line, tests).</summary>
public sealed class NullRoundObserver : IRoundObserver
{
    /// <summary>The shared instance.</summary>
    public static NullRoundObserver Instance { get; } = new();

    /// <inheritdoc />
    public Task ScorecardChanged(string roundKey, long sequence, string operationId, Scorecard scorecard) => Task.CompletedTask;

    /// <inheritdoc />
    public Task ProgressChanged(RoundProgress progress) => Task.CompletedTask;
}
