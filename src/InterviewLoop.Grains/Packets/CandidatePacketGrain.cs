using InterviewLoop.Calibration;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Packets;

/// <summary>The candidate packet grain; see <see cref="ICandidatePacketGrain"/> for its contract.</summary>
/// <param name="calibrator">The calibration service.</param>
public sealed class CandidatePacketGrain(ILoopCalibrator calibrator) : Grain, ICandidatePacketGrain
{
    /// <inheritdoc />
    public async Task<LoopSnapshot> GetSnapshot()
    {
        var plan = await GrainFactory.GetGrain<ILoopGrain>(GrainKey).GetPlan() ?? throw new NotFoundException("loop", GrainKey);
        var views = await Task.WhenAll(plan.Rounds.Select(r =>
            GrainFactory.GetGrain<IRoundGrain>(Round.KeyOf(plan.LoopId, r.RoundId)).GetView()));
        var rounds = views.Select(v => new RoundSnapshot(v.Plan, OrderByPanel(v))).ToArray();
        return new LoopSnapshot(plan.LoopId, plan.Candidate, plan.Role, rounds);
    }

    /// <inheritdoc />
    public async Task<CalibrationReport> Calibrate() => calibrator.Calibrate(await GetSnapshot());

    private static Domain.Scoring.Scorecard[] OrderByPanel(RoundView view) =>
        view.Scorecards.OrderBy(s => IndexOf(view.Plan.Panel, s.InterviewerId)).ToArray();

    private static int IndexOf(Panel panel, string interviewerId)
    {
        var index = panel.Members.ToList().FindIndex(m => m.InterviewerId == interviewerId);
        return index < 0 ? int.MaxValue : index;
    }
}
