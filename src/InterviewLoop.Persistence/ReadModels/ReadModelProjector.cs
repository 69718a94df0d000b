using System.Data.Common;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>
/// Applies appended events to <c>loops</c>, <c>rounds</c> and <c>round_panel</c> in the append's own
/// transaction, so that the read models can neither lag nor diverge from the log.
/// </summary>
internal sealed class ReadModelProjector(Database database)
{
    public async Task ProjectAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StreamAppend> appends, CancellationToken ct)
    {
        var loops = new LoopWriter(database, connection, transaction, ct);
        var rounds = new RoundWriter(database, connection, transaction, ct);
        var progress = new ScorecardProgressWriter(database, connection, transaction, ct);
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var append in appends)
        {
            foreach (var e in append.Events)
            {
                var loopId = await ApplyAsync(append.StreamId, e, loops, rounds, progress);
                if (loopId is not null) touched.Add(loopId);
            }
        }
        foreach (var loopId in touched) await loops.RecountAsync(loopId);
    }

    // Returns the loop whose totals the event may change, or null for an event no read model shows.
    private static async Task<string?> ApplyAsync(string streamId, object e, LoopWriter loops, RoundWriter rounds, ScorecardProgressWriter progress)
    {
        switch (e)
        {
            case LoopPlanned p:
                await loops.UpsertAsync(p.Plan, p.At);
                for (var i = 0; i < p.Plan.Rounds.Count; i++) await rounds.UpsertPlanAsync(p.Plan.LoopId, p.Plan.Rounds[i], i);
                return p.Plan.LoopId;
            case RoundScheduled s:
                await rounds.UpsertPlanAsync(s.LoopId, s.Plan, sequence: null);
                return s.LoopId;
            case IRoundEvent r:
                var round = RoundAddress.FromStream(streamId);
                await ApplyScoringAsync(round, r, rounds, progress);
                return round.LoopId;
            default:
                return null;
        }
    }

    private static Task ApplyScoringAsync(RoundAddress round, IRoundEvent e, RoundWriter rounds, ScorecardProgressWriter progress) => e switch
    {
        PanelAssigned p => rounds.SetPanelAsync(round, p.Panel),
        ScorecardChanged c => progress.MarkDraftingAsync(round, c.InterviewerId),
        ScorecardSubmitted s => progress.MarkSubmittedAsync(round, s.InterviewerId),
        ScorecardImported { Scorecard.IsSubmitted: true } i => progress.MarkSubmittedAsync(round, i.Scorecard.InterviewerId),
        ScorecardImported i => progress.MarkDraftingAsync(round, i.Scorecard.InterviewerId),
        _ => Task.CompletedTask,
    };
}
