using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Grains.Tests;

/// <summary>Builds loop snapshots for grain tests: <c>new LoopBuilder("loop-1").WithRound("r1", ...).Build()</c>.</summary>
internal sealed class LoopBuilder(string loopId)
{
    private readonly List<RoundSnapshot> _rounds = [];

    public LoopBuilder WithRound(string roundId, params string[] panel) => WithRound(roundId, panel, []);

    public LoopBuilder WithRound(string roundId, string[] panel, Scorecard[] scorecards)
    {
        var members = panel.Select((id, i) => new PanelMember(id, $"Interviewer {id}", i == 0 ? PanelRole.Lead : PanelRole.Shadow)).ToArray();
        var plan = new RoundPlan(roundId, RoundKind.SystemDesign, "senior-evidence/v1", null, 45, new Panel(members));
        _rounds.Add(new RoundSnapshot(plan, scorecards));
        return this;
    }

    public LoopSnapshot Build() =>
        new(loopId, new Candidate("cand-1", "Alex Q."), new Role("Senior Engineer", Track.Ic, Level.FromRank(4)), _rounds);

    public static Scorecard Submitted(string interviewerId, params (string Dimension, int Rating)[] ratings) =>
        Scorecard.Draft(interviewerId, interviewerId) with
        {
            Ratings = ratings.ToDictionary(r => r.Dimension, r => r.Rating),
            Recommendation = Recommendation.Yes,
            SubmittedAt = new DateTimeOffset(2026, 11, 2, 16, 0, 0, TimeSpan.Zero),
        };
}
