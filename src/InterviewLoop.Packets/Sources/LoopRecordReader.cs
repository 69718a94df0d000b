using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Packets.Sources;

/// <summary>
/// Reads a loop straight from the event log by replaying its loop stream and its rounds' streams
/// through the domain aggregates, now or as of a recorded <see cref="PacketPosition"/>. Reading the
/// log (not the grains) is what makes "as of" possible: a grain only knows its latest state.
/// </summary>
/// <param name="store">The event log.</param>
public sealed class LoopRecordReader(IEventStore store)
{
    /// <summary>
    /// The loop as of <paramref name="asOf"/> (events up to the recorded stream versions), or as it is
    /// now when <c>null</c>. Throws <see cref="NotFoundException"/> when the loop was not planned by
    /// then, and <see cref="PacketPositionException"/> when <paramref name="asOf"/> names no version for
    /// one of the loop's rounds or a version the stream never reached.
    /// </summary>
    public async Task<LoopRecord> ReadAsync(string loopId, PacketPosition? asOf = null, CancellationToken ct = default)
    {
        var loopEvents = UpTo(await store.ReadAsync(StreamIds.Loop(loopId), 0, ct), asOf?.LoopVersion, "loop");
        var loop = new Loop();
        foreach (var e in loopEvents) loop.Apply((ILoopEvent)e.Event);
        if (loop.Plan is not { } plan) throw new NotFoundException("loop", loopId);
        var history = new LoopHistoryCollector();
        history.AddLoop(loopEvents);
        var rounds = new List<RoundSnapshot>();
        var versions = new List<RoundVersion>();
        var global = loopEvents.Max(e => e.Position);
        foreach (var roundPlan in plan.Rounds)
        {
            var (round, version, position) = await ReadRoundAsync(loopId, roundPlan, asOf, history, ct);
            rounds.Add(round);
            versions.Add(new RoundVersion(roundPlan.RoundId, version));
            global = Math.Max(global, position);
        }
        var snapshot = new LoopSnapshot(plan.LoopId, plan.Candidate, plan.Role, rounds, global);
        return new LoopRecord(snapshot, loop.Decision, history.Entries, new PacketPosition(global, loopEvents[^1].Version, versions));
    }

    private async Task<(RoundSnapshot Round, long Version, long Position)> ReadRoundAsync(
        string loopId, RoundPlan plan, PacketPosition? asOf, LoopHistoryCollector history, CancellationToken ct)
    {
        var limit = asOf is null ? (long?)null : asOf.VersionOf(plan.RoundId)
            ?? throw new PacketPositionException($"the position names no version for round '{plan.RoundId}'");
        var events = UpTo(await store.ReadAsync(StreamIds.Round(Round.KeyOf(loopId, plan.RoundId)), 0, ct), limit, $"round {plan.RoundId}");
        var round = new Round();
        foreach (var e in events) round.Apply((IRoundEvent)e.Event);
        history.AddRound(plan.RoundId, events, round);
        // A round in the plan whose stream is still empty is shown as planned, with no scorecards.
        var snapshot = round.Exists ? round.ToSnapshot() : new RoundSnapshot(plan, []);
        return (snapshot, events.Count == 0 ? 0 : events[^1].Version, events.Count == 0 ? 0 : events.Max(e => e.Position));
    }

    private static IReadOnlyList<StoredEvent> UpTo(IReadOnlyList<StoredEvent> events, long? version, string stream)
    {
        if (version is null) return events;
        var current = events.Count == 0 ? 0 : events[^1].Version;
        if (version > current) throw new PacketPositionException($"the {stream} stream is at version {current}, never at {version}");
        return events.Where(e => e.Version <= version).ToArray();
    }
}
