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
    private readonly ListedScorecards _listed = new();

    /// <summary>Call after <paramref name="appends"/> committed: their interviewers are listed from now on.</summary>
    public void Committed(IReadOnlyList<StreamAppend> appends) => _listed.AddCommitted(appends);

    public async Task ProjectAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<StreamAppend> appends, CancellationToken ct)
    {
        if (ChangesNoReadModel(appends)) return;
        var loops = new LoopWriter(database, connection, transaction, ct);
        var rounds = new RoundWriter(database, connection, transaction, ct);
        var progress = new ScorecardProgressWriter(database, connection, transaction, ct);
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var append in appends)
        {
            foreach (var e in append.Events)
            {
                if (ChangesNoList(append.StreamId, e)) continue;
                var loopId = await ApplyAsync(append.StreamId, e, loops, rounds, progress);
                if (loopId is not null) touched.Add(loopId);
            }
        }
        foreach (var loopId in touched) await loops.RecountAsync(loopId);
    }

    // The usual live edit: draft changes by interviewers already listed. Answered before the writers are
    // built, so the commonest commit allocates nothing here.
    private bool ChangesNoReadModel(IReadOnlyList<StreamAppend> appends)
    {
        for (var i = 0; i < appends.Count; i++)
        {
            var append = appends[i];
            for (var j = 0; j < append.Events.Count; j++)
            {
                if (!ChangesNoList(append.StreamId, append.Events[j])) return false;
            }
        }
        return true;
    }

    // A draft edit by an interviewer already listed on the round changes neither progress list.
    private bool ChangesNoList(string streamId, object e) => e is ScorecardChanged c && _listed.Contains(streamId, c.InterviewerId);

    // Returns the loop whose totals the event may change, or null for an event that changed no read model's totals.
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
                return await ApplyScoringAsync(round, r, rounds, progress) ? round.LoopId : null;
            default:
                return null;
        }
    }

    // True when the round's panel or progress changed, so that its loop's totals need a recount.
    private static async Task<bool> ApplyScoringAsync(RoundAddress round, IRoundEvent e, RoundWriter rounds, ScorecardProgressWriter progress)
    {
        switch (e)
        {
            case PanelAssigned p:
                await rounds.SetPanelAsync(round, p.Panel);
                return true;
            case ScorecardChanged c: return await progress.MarkDraftingAsync(round, c.InterviewerId);
            case ScorecardSubmitted s: return await progress.MarkSubmittedAsync(round, s.InterviewerId);
            case ScorecardImported { Scorecard.IsSubmitted: true } i: return await progress.MarkSubmittedAsync(round, i.Scorecard.InterviewerId);
            case ScorecardImported i: return await progress.MarkDraftingAsync(round, i.Scorecard.InterviewerId);
            default: return false;
        }
    }
}
