using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests.Rounds;

public sealed class ScorecardVisibilityTests
{
    private static readonly DateTimeOffset At = RoundBuilder.Now;

    private static Scorecard Draft(string id) => Scorecard.Draft(id, id) with { Ratings = new Dictionary<string, int> { ["scope"] = 4 } };

    private static Scorecard Submitted(string id) => Draft(id) with { SubmittedAt = At };

    private static Panel Panel(params (string Id, PanelRole Role)[] members) =>
        new(members.Select(m => new PanelMember(m.Id, m.Id, m.Role)).ToArray());

    // r1: lead u-1, shadow u-2; r2: lead u-3 (and u-1 again as lead).
    private static LoopStanding Loop(string[] submittedR1, string[] submittedR2, bool training = false) => new(
    [
        new RoundStanding("r1", Panel(("u-1", PanelRole.Lead), ("u-2", PanelRole.Shadow)), submittedR1, training),
        new RoundStanding("r2", Panel(("u-3", PanelRole.Lead), ("u-1", PanelRole.Lead)), submittedR2, false),
    ]);

    private static ScorecardViewer Interviewer(string id) => new(id, HasOversight: false);

    [Fact]
    public void OwnDraft_IsVisible() =>
        Assert.True(ScorecardVisibility.MaySee(Interviewer("u-2"), Loop([], []), "r1", Draft("u-2")));

    [Fact]
    public void ColleaguesSubmittedCard_IsHiddenWhileTheViewerStillOwesTheirOwn() =>
        Assert.False(ScorecardVisibility.MaySee(Interviewer("u-2"), Loop(["u-1"], []), "r1", Submitted("u-1")));

    [Fact]
    public void ColleaguesSubmittedCard_IsVisibleOnceTheViewerSubmittedEveryScorecardTheyOweInTheLoop()
    {
        var loop = Loop(["u-1", "u-2"], ["u-3"]);

        Assert.True(ScorecardVisibility.MaySee(Interviewer("u-2"), loop, "r1", Submitted("u-1")));
        Assert.True(ScorecardVisibility.MaySee(Interviewer("u-2"), loop, "r2", Submitted("u-3")));
    }

    [Fact]
    public void SubmittingOneRound_IsNotEnough_WhileAnotherRoundOfTheLoopIsOwed() =>
        Assert.False(ScorecardVisibility.MaySee(Interviewer("u-1"), Loop(["u-1", "u-2"], ["u-3"]), "r1", Submitted("u-2")));

    [Fact]
    public void ColleaguesDraft_IsNeverVisible_EvenAfterTheViewerSubmitted() =>
        Assert.False(ScorecardVisibility.MaySee(Interviewer("u-2"), Loop(["u-2"], ["u-3", "u-1"]), "r1", Draft("u-1")));

    [Fact]
    public void InterviewerOnNoPanelOfTheLoop_SeesNothing() =>
        Assert.False(ScorecardVisibility.MaySee(Interviewer("u-9"), Loop(["u-1", "u-2"], ["u-3", "u-1"]), "r1", Submitted("u-1")));

    [Fact]
    public void Oversight_SeesSubmittedCardsButNotDrafts()
    {
        var recruiter = new ScorecardViewer("u-90", HasOversight: true);
        var loop = Loop(["u-1"], []);

        Assert.True(ScorecardVisibility.MaySee(recruiter, loop, "r1", Submitted("u-1")));
        Assert.False(ScorecardVisibility.MaySee(recruiter, loop, "r1", Draft("u-2")));
    }

    [Fact]
    public void Oversight_DoesNotLiftTheRule_ForSomeoneWhoOwesAScorecard() =>
        Assert.False(ScorecardVisibility.MaySee(new ScorecardViewer("u-2", HasOversight: true), Loop(["u-1"], []), "r1", Submitted("u-1")));

    [Fact]
    public void TrainingMode_LetsTheShadowWatchTheLeadsDraft_ButNotTheOtherWayRound()
    {
        var loop = Loop([], [], training: true);

        Assert.True(ScorecardVisibility.MaySee(Interviewer("u-2"), loop, "r1", Draft("u-1")));
        Assert.False(ScorecardVisibility.MaySee(Interviewer("u-1"), loop, "r1", Draft("u-2")));
    }

    [Fact]
    public void TrainingMode_Off_KeepsTheLeadsDraftFromTheShadow() =>
        Assert.False(ScorecardVisibility.MaySee(Interviewer("u-2"), Loop([], []), "r1", Draft("u-1")));

    [Fact]
    public void TrainingMode_OfOneRound_ShowsNothingOfAnotherRound() =>
        Assert.False(ScorecardVisibility.MaySee(Interviewer("u-2"), Loop([], [], training: true), "r2", Draft("u-3")));

    [Fact]
    public void FilterSnapshot_KeepsOnlyWhatTheViewerMaySee()
    {
        var plan = new RoundPlan("r1", RoundKind.SystemDesign, "senior-evidence/v1", null, 45, Panel(("u-1", PanelRole.Lead), ("u-2", PanelRole.Shadow)));
        var snapshot = new LoopSnapshot("loop-1", new Candidate("c-1", "Cand"), new Role("Eng", Track.Ic, Level.FromRank(4)),
            [new RoundSnapshot(plan, [Submitted("u-1"), Draft("u-2")])]);

        var filtered = ScorecardVisibility.Filter(Interviewer("u-2"), Loop(["u-1"], []), snapshot);

        Assert.Equal(["u-2"], filtered.Rounds.Single().Scorecards.Select(s => s.InterviewerId));
    }

    [Fact]
    public void RoundStanding_Of_ReadsPanelSubmissionsAndTrainingFromTheAggregate()
    {
        var round = new RoundBuilder().Lead("u-1").Shadow("u-2").Build().Submitted("u-2");
        round.Do(round.SetTrainingMode(true, "u-1", At));

        var standing = RoundStanding.Of(round);

        Assert.Equal(["u-2"], standing.SubmittedIds);
        Assert.True(standing.TrainingMode);
        Assert.True(standing.Panel.Contains("u-1"));
    }
}
