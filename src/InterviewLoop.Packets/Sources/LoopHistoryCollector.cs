using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Packets.Sources;

/// <summary>Picks the dated events worth an audit line out of a loop's streams.</summary>
internal sealed class LoopHistoryCollector
{
    private readonly List<(LoopHistoryEntry Entry, long Position)> _entries = [];

    /// <summary>Oldest first; events at the same time in log order.</summary>
    public IReadOnlyList<LoopHistoryEntry> Entries =>
        _entries.OrderBy(e => e.Entry.At).ThenBy(e => e.Position).Select(e => e.Entry).ToArray();

    public void AddLoop(IEnumerable<StoredEvent> events)
    {
        foreach (var stored in events)
        {
            var entry = stored.Event switch
            {
                LoopPlanned p => new LoopHistoryEntry(p.At, LoopHistoryKind.Planned, null, null),
                LoopDecided d => new LoopHistoryEntry(d.Decision.At, LoopHistoryKind.Decided, null, d.Decision.DecidedById),
                _ => null,
            };
            if (entry is not null) _entries.Add((entry, stored.Position));
        }
    }

    // Draft edits are not history a committee reads: only what became part of the record.
    public void AddRound(string roundId, IEnumerable<StoredEvent> events)
    {
        foreach (var stored in events)
        {
            var entry = stored.Event switch
            {
                ScorecardSubmitted s => new LoopHistoryEntry(s.At, LoopHistoryKind.Submitted, roundId, s.InterviewerId),
                ScorecardImported { Scorecard.SubmittedAt: { } at } i => new LoopHistoryEntry(at, LoopHistoryKind.Imported, roundId, i.Scorecard.InterviewerId),
                _ => null,
            };
            if (entry is not null) _entries.Add((entry, stored.Position));
        }
    }
}
