using System.Collections.Concurrent;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Calibration;
using InterviewLoop.Server.Scoring.Room;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>
/// Pushes what round grains made durable to the pages that may see it. Runs inside the grain's turn,
/// after the append: a push that fails is logged and never turns a durable write into an error.
/// </summary>
internal sealed partial class HubRoundObserver(
    IHubContext<ScoringHub, IScoringClient> hub, RoomBroadcaster broadcaster, CalibrationQueue calibrations, ILogger<HubRoundObserver> logger) : IRoundObserver
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _coverage = new(StringComparer.Ordinal);

    // Every live edit pushes here, so the push gets its values as state rather than through a closure.
    public Task ScorecardChanged(string roundKey, long sequence, string operationId, Scorecard scorecard) =>
        SafelyAsync(roundKey, (Observer: this, Push: new ScorecardPush(roundKey, sequence, operationId, scorecard)), static s =>
            s.Observer.OwnPages(ScoringGroups.Own(s.Push.RoundKey, s.Push.Scorecard.InterviewerId)).ScorecardChanged(s.Push));

    // The interviewer's pages, less the one that made the write (it has the scorecard in its answer).
    private IScoringClient OwnPages(string group) =>
        ScoringOrigin.Current is { } origin ? hub.Clients.GroupExcept(group, [origin]) : hub.Clients.Group(group);

    public Task ProgressChanged(RoundProgress progress) =>
        SafelyAsync(progress.RoundKey, async () =>
        {
            await hub.Clients.Group(ScoringGroups.Progress(progress.RoundKey)).ProgressChanged(progress);
            await broadcaster.BoardAsync(progress.RoundKey);
        });

    public Task RoundChanged(RoundView view, IReadOnlyList<IRoundEvent> events)
    {
        var key = Round.KeyOf(view.LoopId, view.Plan.RoundId);
        // Never waits: the worker checks whether the loop is now complete and calibrates it off this turn.
        if (Any(events, static e => e is ScorecardSubmitted or ScorecardAmended or PanelAssigned)) calibrations.Offer(view.LoopId);
        var room = RoomMoved(key, view, events);
        var board = Any(events, static e => e is RoundStarted or RoundEnded or PanelAssigned);
        var colleagues = ColleaguesMayChange(view, events);
        // The usual live edit moves none of these: answer it without starting a push.
        if (!room && !board && !colleagues) return Task.CompletedTask;
        return SafelyAsync(key, async () =>
        {
            if (room) await broadcaster.RoomAsync(view);
            if (board) await broadcaster.BoardAsync(key);
            if (colleagues) await broadcaster.ColleaguesAsync(view);
        });
    }

    // Coverage is pushed only when it changes, not on every keystroke-sized edit. The round hands out the
    // same list until it moves, so the usual edit is answered by the reference check alone.
    private bool RoomMoved(string key, RoundView view, IReadOnlyList<IRoundEvent> events)
    {
        var coverage = view.Room.Coverage;
        var coverageMoved = !_coverage.TryGetValue(key, out var before)
            || (!ReferenceEquals(before, coverage) && !before.SequenceEqual(coverage, StringComparer.Ordinal));
        _coverage[key] = coverage;
        return coverageMoved || Any(events, static e => e is AgendaSet or RoundStarted or RoundEnded or TrainingModeSet or PanelAssigned);
    }

    // Submits, amendments and panel or training changes can open a scorecard to someone; in training
    // mode, every edit by a lead is watched live by the shadows.
    private static bool ColleaguesMayChange(RoundView view, IReadOnlyList<IRoundEvent> events) =>
        Any(events, static e => e is ScorecardSubmitted or ScorecardAmended or ScorecardImported or PanelAssigned or TrainingModeSet)
        || (view.Room.TrainingMode && events.OfType<ScorecardChanged>().Any(c => view.Plan.Panel.Find(c.InterviewerId)?.Role == PanelRole.Lead));

    // Runs on every write: an indexed loop over a cached predicate, where LINQ's Any would box the list's enumerator.
    private static bool Any(IReadOnlyList<IRoundEvent> events, Func<IRoundEvent, bool> match)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (match(events[i])) return true;
        }
        return false;
    }

    private Task SafelyAsync(string roundKey, Func<Task> push) => SafelyAsync(roundKey, push, static p => p());

    private async Task SafelyAsync<TState>(string roundKey, TState state, Func<TState, Task> push)
    {
        try
        {
            await push(state);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            PushFailed(logger, roundKey, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A push for round {RoundKey} failed; the write itself is durable")]
    private static partial void PushFailed(ILogger logger, string roundKey, Exception error);
}
