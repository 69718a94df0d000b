using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Packets.Raters;

/// <summary>
/// Every loop and round of the event log replayed through the domain aggregates, event by event in
/// position order, so that the loops can be read as of the last position applied. Not thread-safe:
/// one owner feeds it. Amendments replace ratings; drafts never count (the rater model reads submitted
/// scorecards only).
/// </summary>
public sealed class RatingLedger
{
    private readonly SortedDictionary<string, Loop> _loops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Round> _rounds = new(StringComparer.Ordinal);

    /// <summary>The position of the last event applied (0 before any).</summary>
    public long Position { get; private set; }

    /// <summary>Applies <paramref name="stored"/>; events of other streams are skipped. Positions must increase.</summary>
    public void Apply(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Position <= Position)
            throw new InvalidOperationException($"event at position {stored.Position} arrived after position {Position}");
        Position = stored.Position;
        if (stored.Event is ILoopEvent loopEvent) LoopOf(stored.StreamId).Apply(loopEvent);
        else if (stored.Event is IRoundEvent roundEvent) RoundOf(stored.StreamId).Apply(roundEvent);
    }

    /// <summary>Every planned loop, by loop id (ordinal), its rounds in plan order, with every scorecard.</summary>
    public IReadOnlyList<LoopSnapshot> Loops() =>
        _loops.Values.Where(l => l.Plan is not null).Select(l => Snapshot(l.Plan!)).ToArray();

    private LoopSnapshot Snapshot(LoopPlan plan)
    {
        var rounds = plan.Rounds.Select(r =>
            _rounds.TryGetValue(Grains.StreamIds.Round(Round.KeyOf(plan.LoopId, r.RoundId)), out var round) && round.Exists
                ? round.ToSnapshot()
                : new RoundSnapshot(r, [])).ToArray();
        return new LoopSnapshot(plan.LoopId, plan.Candidate, plan.Role, rounds);
    }

    private Loop LoopOf(string streamId) =>
        _loops.TryGetValue(streamId, out var loop) ? loop : _loops[streamId] = new Loop();

    private Round RoundOf(string streamId) =>
        _rounds.TryGetValue(streamId, out var round) ? round : _rounds[streamId] = new Round();
}
