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

    // Draft edits are not history a committee reads: only what became part of the record. The round's
    // own audit trail (replayed up to the same version) knows each amended field's value before.
    public void AddRound(string roundId, IEnumerable<StoredEvent> events, Round round)
    {
        var before = round.Audits
            .SelectMany(a => a.Amendments.Select(m => (Key: (a.InterviewerId, m.Change.OperationId), m.PreviousValue)))
            .ToDictionary(x => x.Key, x => x.PreviousValue);
        foreach (var stored in events)
        {
            var entry = stored.Event switch
            {
                ScorecardSubmitted s => new LoopHistoryEntry(s.At, LoopHistoryKind.Submitted, roundId, s.InterviewerId, Warnings(s.Warnings), s.Reason),
                ScorecardImported { Scorecard.SubmittedAt: { } at } i => new LoopHistoryEntry(at, LoopHistoryKind.Imported, roundId, i.Scorecard.InterviewerId),
                ScorecardAmended a => new LoopHistoryEntry(a.At, LoopHistoryKind.Amended, roundId, a.InterviewerId, null, a.Reason,
                    new FieldChange(a.Change.Field, a.Change.Dimension, before.GetValueOrDefault((a.InterviewerId, a.Change.OperationId)), a.Change.Value)),
                _ => null,
            };
            if (entry is not null) _entries.Add((entry, stored.Position));
        }
    }

    private static string? Warnings(IReadOnlyList<string>? warnings) =>
        warnings is { Count: > 0 } ? $"despite coherence warnings: {string.Join(", ", warnings)}" : null;
}
