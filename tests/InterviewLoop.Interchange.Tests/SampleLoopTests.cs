using InterviewLoop.Calibration;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Interchange.Schema;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class SampleLoopTests
{
    private static readonly LoopSnapshot Sample = LoopDocumentReader.Read(TestFiles.Sample);
    private static readonly CalibrationReport Report = new LoopCalibrator().Calibrate(Sample);

    [Fact]
    public void Sample_ReadsWithTheBriefsIds()
    {
        Assert.Equal("loop-2026-0142", Sample.LoopId);
        Assert.Equal(new Candidate("cand-88", "Daniel R."), Sample.Candidate);
        Assert.Equal("Senior Backend Engineer", Sample.Role.Title);
        Assert.Equal(Track.Ic, Sample.Role.Track);
        Assert.Equal("L4", Sample.Role.TargetLevel.ToString());
        Assert.Equal(
            [("r1", RoundKind.RecruiterScreen, "career-narrative/v1"), ("r2", RoundKind.HiringManager, "career-narrative/v1"),
             ("r3", RoundKind.ProjectDeepDive, "senior-evidence/v1"), ("r4", RoundKind.SystemDesign, "senior-evidence/v1")],
            Sample.Rounds.Select(r => (r.Plan.RoundId, r.Plan.Kind, r.Plan.RubricId)));
    }

    [Fact]
    public void Sample_HasTheBriefsPanelsAndSubmittedScorecards()
    {
        Assert.Equal(["u-17"], Sample.Rounds[0].Scorecards.Where(s => s.IsSubmitted).Select(s => s.InterviewerId));
        Assert.Equal(["u-40"], Sample.Rounds[1].Scorecards.Where(s => s.IsSubmitted).Select(s => s.InterviewerId));
        Assert.Equal(["u-17", "u-40"], Sample.Rounds[2].Scorecards.Where(s => s.IsSubmitted).Select(s => s.InterviewerId));
        Assert.Equal(["Priya N.", "Marcus O."], Sample.Rounds[2].Scorecards.Select(s => s.InterviewerName));
        Assert.Empty(Sample.Rounds[3].Scorecards);
        Assert.Equal(
            [new PanelMember("u-21", "Dana K.", PanelRole.Lead), new PanelMember("u-22", "Lee S.", PanelRole.Shadow)],
            Sample.Rounds[3].Plan.Panel.Members);
    }

    [Fact]
    public void SampleReport_ValidatesAgainstTheReportSchema()
    {
        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.CalibrationReport, CalibrationReportWriter.Write(Report)));
    }

    [Theory]
    [InlineData(FlagKinds.LevelDivergence, null, "r1,r2,r3")]
    [InlineData(FlagKinds.Halo, null, "r2")]
    [InlineData(FlagKinds.Disagreement, "judgment", "r3")]
    [InlineData(FlagKinds.Disagreement, "influence", "r3")]
    [InlineData(FlagKinds.UnsupportedRating, "impact", "r3")]
    [InlineData(FlagKinds.UnsupportedRating, "delivery", "r2")]
    [InlineData(FlagKinds.ScoreMismatch, "influence", "r3")]
    public void SampleReport_ContainsThePlantedFlags(string kind, string? dimension, string rounds)
    {
        Assert.Contains(Report.Flags, f => f.Kind == kind && f.Dimension == dimension && string.Join(",", f.Rounds) == rounds);
    }

    [Fact]
    public void SampleReport_DoesNotFlagTheCarefulInterviewer()
    {
        Assert.DoesNotContain(Report.Flags, f => f.Interviewers.SequenceEqual(["u-17"]));
    }

    [Fact]
    public void SampleReport_SupportsTheTargetLevelWithoutATargetMismatch()
    {
        Assert.Equal("L4", Report.Level.Supported.ToString());
        Assert.InRange(Report.Level.Confidence, 0.5, 0.6);
        Assert.DoesNotContain(Report.Flags, f => f.Kind == FlagKinds.TargetMismatch);
        Assert.Equal(Sample.SubmittedScorecards.Sum(s => s.Scorecard.Ratings.Count), Report.Ratings.Count);
    }

    [Fact]
    public void Sample_EveryRoundPassesTheDomainsImportRules()
    {
        var events = Sample.Rounds.SelectMany(r => Round.Schedule(Sample.LoopId, r)).ToArray();

        Assert.Equal(4 + 4, events.Length);
    }
}
