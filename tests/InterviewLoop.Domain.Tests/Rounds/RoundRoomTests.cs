using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Domain.Tests.Rounds;

public sealed class RoundRoomTests
{
    private static readonly DateTimeOffset Now = RoundBuilder.Now;

    [Fact]
    public void SetAgenda_StoresThePromptsInOrder_AndTheSameAgendaAgainDecidesNothing()
    {
        var round = new RoundBuilder().Lead("u-1").Build();
        AgendaItem[] agenda = [new("Design a rate limiter", 20, "judgment"), new("Walk through an outage you owned", 15)];

        round.Do(round.SetAgenda(agenda, "u-1", Now));

        Assert.Equal(agenda, round.Room.Agenda);
        Assert.Empty(round.SetAgenda(agenda.ToArray(), "u-1", Now));
    }

    [Theory]
    [InlineData(45, true)]
    [InlineData(46, false)]
    public void SetAgenda_MinutesMustFitTheTimeBox(int minutes, bool fits)
    {
        var round = new RoundBuilder(minutes: 45).Lead("u-1").Build();
        AgendaItem[] agenda = [new("First", minutes - 5), new("Second", 5)];

        if (fits) Assert.Single(round.SetAgenda(agenda, "u-1", Now));
        else Assert.Equal("agenda", Assert.Throws<DomainException>(() => round.SetAgenda(agenda, "u-1", Now)).Field);
    }

    [Theory]
    [InlineData("", 10, null, "agenda[1].prompt")]
    [InlineData("Prompt", 0, null, "agenda[1].minutes")]
    [InlineData("Prompt", 481, null, "agenda[1].minutes")]
    [InlineData("Prompt", 10, "through_line", "agenda[1].dimension")]
    public void SetAgenda_WithABadItem_IsRefusedNamingIt(string prompt, int minutes, string? dimension, string field)
    {
        var round = new RoundBuilder(minutes: 480).Lead("u-1").Build();

        var error = Assert.Throws<DomainException>(() => round.SetAgenda([new("Fine", 5), new(prompt, minutes, dimension)], "u-1", Now));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void SetAgenda_WithMoreThanTwentyPrompts_IsRefused()
    {
        var round = new RoundBuilder().Lead("u-1").Build();

        Assert.Single(round.SetAgenda(Enumerable.Range(0, Agenda.MaxItems).Select(i => new AgendaItem($"p{i}")).ToArray(), "u-1", Now));
        Assert.Throws<DomainException>(() => round.SetAgenda(Enumerable.Range(0, Agenda.MaxItems + 1).Select(i => new AgendaItem($"p{i}")).ToArray(), "u-1", Now));
    }

    [Fact]
    public void Start_SetsTheServerTime_AndASecondStartKeepsTheFirst()
    {
        var round = new RoundBuilder().Lead("u-1").Build();

        round.Do(round.Start("u-1", Now));

        Assert.Equal(Now, round.Room.StartedAt);
        Assert.Empty(round.Start("u-1", Now.AddMinutes(5)));
    }

    [Fact]
    public void End_BeforeStart_IsRefused_AfterStartIsRecordedOnce()
    {
        var round = new RoundBuilder().Lead("u-1").Build();
        Assert.Equal("round.not_started", Assert.Throws<DomainException>(() => round.End("u-1", Now)).Code);

        round.Do(round.Start("u-1", Now)).Do(round.End("u-1", Now.AddMinutes(40)));

        Assert.Equal(Now.AddMinutes(40), round.Room.EndedAt);
        Assert.Empty(round.End("u-1", Now.AddMinutes(50)));
    }

    [Fact]
    public void SetTrainingMode_TogglesAndIsIdempotent()
    {
        var round = new RoundBuilder().Lead("u-1").Shadow("u-2").Build();
        Assert.Empty(round.SetTrainingMode(false, "u-1", Now));

        round.Do(round.SetTrainingMode(true, "u-1", Now));

        Assert.True(round.Room.TrainingMode);
        Assert.Empty(round.SetTrainingMode(true, "u-1", Now));
    }

    [Fact]
    public void Coverage_CountsRatingsAndDimensionNotesOfAnyPanelist_InRubricOrder()
    {
        var round = new RoundBuilder().Lead("u-1").Shadow("u-2").Build();

        round.Rate("u-2", "influence", 2).Note("u-1", "scope", "Named the three teams").Note("u-1", null, "General note");

        Assert.Equal(["scope", "influence"], round.Room.Coverage);
    }

    [Fact]
    public void Coverage_IgnoresAClearedNote()
    {
        var round = new RoundBuilder().Lead("u-1").Build();

        round.Note("u-1", "scope", "Named the three teams").Note("u-1", "scope", "  ");

        Assert.Empty(round.Room.Coverage);
    }
}
