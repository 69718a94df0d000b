using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Domain.Tests;

public sealed class LoopDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private static Loop Planned()
    {
        var loop = new Loop();
        var plan = new LoopPlan("loop-1", new Candidate("cand-1", "Alex Q."), new Role("Engineer", Track.Ic, Level.FromRank(4)), []);
        foreach (var e in loop.Create(plan, Now)) loop.Apply(e);
        return loop;
    }

    private static DecideLoop Hire(string? rationale = "Strong, consistent evidence at L4.", int? level = 4) =>
        new(DecisionOutcome.Hire, level is null ? null : Level.FromRank(level.Value), rationale, "u-91", "Casey M.");

    [Fact]
    public void Decide_Hire_RecordsOutcomeLevelTrimmedRationaleDeciderAndTime()
    {
        var loop = Planned();

        var decided = Assert.IsType<LoopDecided>(Assert.Single(loop.Decide(Hire("  Consistent L4 evidence.  "), Now)));
        loop.Apply(decided);

        Assert.Equal(new LoopDecision(DecisionOutcome.Hire, Level.FromRank(4), "Consistent L4 evidence.", "u-91", "Casey M.", Now), loop.Decision);
    }

    [Fact]
    public void Decide_Twice_IsRefusedAndKeepsTheFirst()
    {
        var loop = Planned();
        foreach (var e in loop.Decide(Hire(), Now)) loop.Apply(e);

        var error = Assert.Throws<DomainException>(() => loop.Decide(new DecideLoop(DecisionOutcome.NoHire, null, "Changed our minds.", "u-91", "Casey M."), Now));

        Assert.Equal("loop.decided", error.Code);
        Assert.Equal(DecisionOutcome.Hire, loop.Decision!.Outcome);
    }

    [Fact]
    public void Decide_BeforeThePlan_IsRefused() =>
        Assert.Equal("loop.not_planned", Assert.Throws<DomainException>(() => new Loop().Decide(Hire(), Now)).Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Decide_WithoutRationale_IsRejectedNamingIt(string? rationale) =>
        Assert.Equal("rationale", Assert.Throws<DomainException>(() => Planned().Decide(Hire(rationale), Now)).Field);

    [Theory]
    [InlineData(LoopDecision.MaxRationaleLength, true)]
    [InlineData(LoopDecision.MaxRationaleLength + 1, false)]
    public void Decide_RationaleLength_IsAcceptedUpToTheMaximum(int length, bool accepted)
    {
        var decide = () => Planned().Decide(Hire(new string('x', length)), Now);

        if (accepted) Assert.Single(decide());
        else Assert.Equal("rationale", Assert.Throws<DomainException>(decide).Field);
    }

    [Fact]
    public void Decide_HireWithoutLevel_IsRejectedNamingLevel() =>
        Assert.Equal("level", Assert.Throws<DomainException>(() => Planned().Decide(Hire(level: null), Now)).Field);

    [Theory]
    [InlineData(DecisionOutcome.NoHire)]
    [InlineData(DecisionOutcome.Hold)]
    public void Decide_LevelOnAnythingButHire_IsRejected(DecisionOutcome outcome) =>
        Assert.Equal("level", Assert.Throws<DomainException>(() =>
            Planned().Decide(new DecideLoop(outcome, Level.FromRank(4), "Not now.", "u-91", "Casey M."), Now)).Field);

    [Fact]
    public void Decide_WithBadDeciderId_IsRejectedNamingIt() =>
        Assert.Equal("decidedBy", Assert.Throws<DomainException>(() =>
            Planned().Decide(new DecideLoop(DecisionOutcome.Hold, null, "Need a coding round.", "u 91", "Casey M."), Now)).Field);
}
