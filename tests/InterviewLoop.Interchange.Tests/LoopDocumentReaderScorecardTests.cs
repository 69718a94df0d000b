using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentReaderScorecardTests
{
    private static LoopSnapshot Full => LoopDocumentReader.Read(TestFiles.Fixture("full-loop.json"));

    [Fact]
    public void Read_MapsEveryScorecardField()
    {
        var card = Full.Rounds[0].Scorecards[0];

        Assert.Equal("u-1", card.InterviewerId);
        Assert.Equal("Ann A.", card.InterviewerName);
        Assert.Equal(new Dictionary<string, int> { ["scope"] = 4, ["judgment"] = 2 }, card.Ratings);
        Assert.Equal(Recommendation.Mixed, card.Recommendation);
        Assert.Equal("L5", card.LevelRecommendation.ToString());
        Assert.Equal("Broad scope, thin on the decisions behind it.", card.Summary);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 9, 15, 30, 500, TimeSpan.Zero), card.SubmittedAt);
        Assert.Equal(
            [new EvidenceNote("scope", "Ran the storage migration across 4 teams."),
             new EvidenceNote(null, "Arrived ten minutes late; network trouble."),
             new EvidenceNote(null, "A note without a dimension key.")],
            card.Notes);
        Assert.Equal(
            [new Claim(ClaimTopic.Metric, "40%", "we cut p99 latency by 40%", "p99 latency"),
             new Claim(ClaimTopic.Timeline, "2019-2023", null, null)],
            card.Claims);
    }

    [Fact]
    public void Read_DraftScorecard_TakesItsNameFromThePanelAndHasNoSubmission()
    {
        var draft = Full.Rounds[0].Scorecards[1];

        Assert.Equal("Ben B.", draft.InterviewerName);
        Assert.False(draft.IsSubmitted);
        Assert.Null(draft.Recommendation);
        Assert.Null(draft.LevelRecommendation);
        Assert.Equal("", draft.Summary);
        Assert.Empty(draft.Notes);
        Assert.Empty(draft.Claims);
    }

    [Fact]
    public void Read_OrganisationRubric_AcceptsItsOwnDimensionIds()
    {
        var card = Full.Rounds[1].Scorecards[0];

        Assert.Equal("acme-backend/v2", Full.Rounds[1].Plan.RubricId);
        Assert.Equal(new Dictionary<string, int> { ["api_design"] = 5, ["on-call"] = 1 }, card.Ratings);
        Assert.Equal(Recommendation.StrongNo, card.Recommendation);
        Assert.Null(card.LevelRecommendation);
    }

    [Fact]
    public void Read_IntegralRatingWrittenWithDecimals_IsTheInteger()
    {
        var json = Documents.Minimal.Replace("\"scope\": 3", "\"scope\": 3.0", StringComparison.Ordinal);

        Assert.Equal(3, LoopDocumentReader.Read(json).Rounds[0].Scorecards[0].Ratings["scope"]);
    }
}
