using InterviewLoop.Persistence.Calibration;
using InterviewLoop.Persistence.ReadModels;

namespace InterviewLoop.Server.Calibration;

/// <summary>Finds loops whose scorecards are all submitted but whose stored report is missing or older than the loop's events.</summary>
/// <param name="loops">The loop read models.</param>
/// <param name="store">The stored reports.</param>
internal sealed class StaleCalibrations(LoopQueries loops, CalibrationReportStore store)
{
    /// <summary>Their loop ids, newest planned first.</summary>
    public async Task<IReadOnlyList<string>> FindAsync(CancellationToken ct)
    {
        var behind = new List<string>();
        foreach (var loop in (await loops.ListLoopsAsync(ct)).Where(l => l.State == LoopStates.ReadyForDebrief))
        {
            var stored = await store.StoredLoopPositionAsync(loop.LoopId, ct);
            if (stored is not { } at || StoredCalibrationView.IsStale(at, await store.LoopPositionAsync(loop.LoopId, ct))) behind.Add(loop.LoopId);
        }
        return behind;
    }
}
