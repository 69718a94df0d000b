using InterviewLoop.Domain.Rounds;
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
/// SignalR). Called after the append, inside the grain's turn, so calls arrive in sequence order.
/// Implementations must not call back into round grains (turns are not reentrant).
/// </summary>
public interface IRoundObserver
{
    /// <summary>An interviewer's own scorecard changed (for that interviewer's other pages only).</summary>
    Task ScorecardChanged(string roundKey, long sequence, string operationId, Scorecard scorecard);

    /// <summary>The round's progress changed (for progress watchers).</summary>
    Task ProgressChanged(RoundProgress progress);

    /// <summary>
    /// Any durable write: <paramref name="view"/> is the round after it (every scorecard: filter before
    /// pushing), <paramref name="events"/> what was written. Called after the two calls above.
    /// </summary>
    Task RoundChanged(RoundView view, IReadOnlyList<IRoundEvent> events) => Task.CompletedTask;
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
