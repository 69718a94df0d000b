using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentReaderTests
{
    private static LoopSnapshot Full => LoopDocumentReader.Read(TestFiles.Fixture("full-loop.json"));

    [Fact]
    public void Read_MapsLoopCandidateAndRole()
    {
        var loop = Full;

        Assert.Equal("loop-full", loop.LoopId);
        Assert.Equal(new Candidate("cand-7", "Robin E."), loop.Candidate);
        Assert.Equal("Engineering Manager, Platform", loop.Role.Title);
        Assert.Equal(Track.Manager, loop.Role.Track);
        Assert.Equal("L5", loop.Role.TargetLevel.ToString());
        Assert.Equal(0, loop.Position);
        Assert.Equal(["r1", "r2"], loop.Rounds.Select(r => r.Plan.RoundId));
    }

    [Fact]
    public void Read_MapsRoundPlanWithPanelAndTimesInUtc()
    {
        var plan = Full.Rounds[0].Plan;

        Assert.Equal(RoundKind.Behavioral, plan.Kind);
        Assert.Equal("senior-evidence/v1", plan.RubricId);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero), plan.StartedAt);
        Assert.Equal(TimeSpan.Zero, plan.StartedAt!.Value.Offset);
        Assert.Equal(50, plan.DurationMinutes);
        Assert.Equal(
            [new PanelMember("u-1", "Ann A.", PanelRole.Lead), new PanelMember("u-2", "Ben B.", PanelRole.Shadow)],
            plan.Panel.Members);
    }

    [Fact]
    public void Read_RoundWithoutPanelOrDuration_DefaultsToScorecardLeadsAnd45Minutes()
    {
        var round = Full.Rounds[1];

        Assert.Equal([new PanelMember("u-3", "Cy C.", PanelRole.Lead)], round.Plan.Panel.Members);
        Assert.Equal(RoundPlan.DefaultDurationMinutes, round.Plan.DurationMinutes);
        Assert.Null(round.Plan.StartedAt);
        Assert.Equal(RoundKind.Other, round.Plan.Kind);
    }

    [Fact]
    public void Read_InterviewerWithoutNameAnywhere_UsesTheirId()
    {
        var card = LoopDocumentReader.Read(Documents.Minimal).Rounds[0].Scorecards[0];

        Assert.Equal("u-5", card.InterviewerName);
        Assert.Equal([new PanelMember("u-5", "u-5", PanelRole.Lead)], LoopDocumentReader.Read(Documents.Minimal).Rounds[0].Plan.Panel.Members);
    }

    [Theory]
    [InlineData("L1")]
    [InlineData("L4")]
    [InlineData("L8")]
    public void Read_TargetLevel_AcceptsL1ToL8(string level)
    {
        var json = Documents.Edit(Documents.Minimal, d => d["loop"]!["role"]!["targetLevel"] = level);

        Assert.Equal(level, LoopDocumentReader.Read(json).Role.TargetLevel.ToString());
    }

    [Fact]
    public void Read_WithALeadingByteOrderMark_ReadsTheDocument()
    {
        Assert.Equal("loop-min", LoopDocumentReader.Read("\uFEFF" + Documents.Minimal).LoopId);
    }
}
