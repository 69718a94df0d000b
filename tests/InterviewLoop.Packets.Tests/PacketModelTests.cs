using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class PacketModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 5, 9, 30, 0, TimeSpan.Zero);

    private static PacketModel Model() => PacketModel.From(SampleLoop.Snapshot(), SampleLoop.Report(), new FakeClock(Now));

    [Fact]
    public void From_TakesGeneratedAtFromTheInjectedClock() => Assert.Equal(Now, Model().GeneratedAt);

    [Fact]
    public void From_MarksSubmittedDraftAndMissingScorecards()
    {
        var rounds = Model().Rounds;

        Assert.Equal(ScorecardStatus.Submitted, rounds[1].Scorecards[0].Status);
        Assert.Equal(ScorecardStatus.Draft, rounds[1].Scorecards[1].Status);
        var missing = Assert.Single(rounds[2].Scorecards);
        Assert.Equal((ScorecardStatus.Missing, "Dana K."), (missing.Status, missing.InterviewerName));
    }

    [Fact]
    public void From_ListsEveryRubricDimensionInRubricOrderWithCatalogNames()
    {
        var dimensions = Model().Rounds[1].Scorecards[0].Dimensions;

        Assert.Equal(["Scope", "Autonomy", "Judgment", "Production ownership", "Impact", "Influence", "Reflection"], dimensions.Select(d => d.Name));
        var ownership = dimensions[3];
        Assert.Equal((5, 4.6), (ownership.Rating, ownership.Calibrated));
        Assert.Null(dimensions[0].Rating);
    }

    [Fact]
    public void From_KeepsNotesWithoutDimensionAsGeneralNotes() =>
        Assert.Equal([SampleLoop.MoneyQuote], Model().Rounds[1].Scorecards[0].GeneralNotes);

    [Fact]
    public void From_ResolvesFlagEvidenceToInterviewerNames()
    {
        var flag = Assert.Single(Model().Flags);

        Assert.Equal(("High", "Priya N.", "Marcus O."), (flag.Severity, flag.Evidence[0].Interviewer, flag.Evidence[1].Interviewer));
    }

    [Fact]
    public void From_ListsTheLoopPanelOnceWithTheirRounds()
    {
        var panel = Model().Panel;

        Assert.Equal(["Priya N.", "Marcus O.", "Lee S.", "Dana K."], panel.Select(p => p.Name));
        Assert.Equal(["r2"], panel[1].Rounds);
    }
}
