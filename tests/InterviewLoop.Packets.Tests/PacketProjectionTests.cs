using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Projections;
using InterviewLoop.Packets.Sources;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class PacketProjectionTests
{
    private static PacketModel Model(LoopRecord? record = null) => PacketProjection.From(record ?? SampleLoop.Record(), SampleLoop.Report());

    [Fact]
    public void From_ShowsSubmittedScorecardsAndEverythingElseAsNotSubmittedYet()
    {
        var rounds = Model().Rounds;

        Assert.True(rounds[1].Scorecards[0].IsSubmitted);
        var draft = rounds[1].Scorecards[1];
        Assert.Equal(("Lee S.", false), (draft.InterviewerName, draft.IsSubmitted));
        Assert.Empty(draft.Dimensions);
        Assert.Equal(("Dana K.", false), (Assert.Single(rounds[2].Scorecards).InterviewerName, rounds[2].Scorecards[0].IsSubmitted));
    }

    [Fact]
    public void From_NeverCarriesDraftTextAnywhereInTheModel() =>
        Assert.DoesNotContain(SampleLoop.DraftNote, Sealing.CanonicalJson.SerializeToString(Model()));

    [Fact]
    public void From_CountsSubmittedAgainstPanelSeatsAndNamesWhoIsOutstanding()
    {
        var completeness = Model().Cover.Completeness;

        Assert.Equal((2, 4), (completeness.Submitted, completeness.Expected));
        Assert.Equal(["r2: Lee S.", "r3: Dana K."], completeness.Outstanding);
        Assert.False(completeness.IsComplete);
    }

    [Fact]
    public void From_CoverSpansTheLoopDatesAndSaysNoDecisionRecorded()
    {
        var cover = Model().Cover;

        Assert.Equal(new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero), cover.FirstRoundAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 15, 45, 0, TimeSpan.Zero), cover.LastRoundEndsAt);
        Assert.Equal("No decision recorded", cover.DecisionStatus);
    }

    [Fact]
    public void From_WithDecision_StatesItOnTheCoverInTheDecisionSectionAndInTheAudit()
    {
        var model = Model(SampleLoop.Record(decision: SampleLoop.Hire()) with { History = [new(SampleLoop.GeneratedAt, LoopHistoryKind.Decided, null, "u-91")] });

        Assert.Equal("Hire at L4", model.Cover.DecisionStatus);
        Assert.Equal(("Hire", "L4", "Casey M."), (model.Decision!.Outcome, model.Decision.Level, model.Decision.DecidedBy));
        Assert.Equal(("Casey M.", "Decision recorded: Hire at L4"), (model.Audit[0].Who, model.Audit[0].What));
    }

    [Fact]
    public void From_ListsEveryRecommendationValueWithCountsAndWho()
    {
        var counts = Model().Summary.Recommendations;

        Assert.Equal(["Strong no", "No", "Mixed", "Yes", "Strong yes"], counts.Select(c => c.Recommendation));
        Assert.Equal([0, 0, 0, 1, 1], counts.Select(c => c.Count));
        Assert.Equal(["Marcus O. (r2)"], counts[4].Who);
    }

    [Fact]
    public void From_SummaryCarriesTheLevelSignalAgainstTheTargetAndTheTopFlags()
    {
        var summary = Model().Summary;

        Assert.Equal(new PacketLevel("L4", 0.72, "L4"), summary.Level);
        Assert.Equal(1, Assert.Single(summary.TopFlags).Number);
    }

    [Fact]
    public void From_ResolvesFlagEvidenceToInterviewerNamesAndNumbersFlags()
    {
        var flag = Assert.Single(Model().Flags);

        Assert.Equal((1, "High", "Priya N.", "Marcus O."), (flag.Number, flag.Severity, flag.Evidence[0].Interviewer, flag.Evidence[1].Interviewer));
    }

    [Fact]
    public void From_ListsTheLoopPanelOnceWithTheirRounds()
    {
        var panel = Model().Cover.Panel;

        Assert.Equal(["Priya N.", "Marcus O.", "Lee S.", "Dana K."], panel.Select(p => p.Name));
        Assert.Equal(["r2"], panel[1].Rounds);
    }

    [Fact]
    public void From_KeepsNotesWithoutDimensionAsGeneralNotesAndRubricOrderForDimensions()
    {
        var card = Model().Rounds[1].Scorecards[0];

        Assert.Equal([SampleLoop.MoneyQuote], card.GeneralNotes);
        Assert.Equal(["Scope", "Autonomy", "Judgment", "Production ownership", "Impact", "Influence", "Reflection"], card.Dimensions.Select(d => d.Name));
        Assert.Equal((5, 4.6), (card.Dimensions[3].Rating, card.Dimensions[3].Calibrated));
    }
}
