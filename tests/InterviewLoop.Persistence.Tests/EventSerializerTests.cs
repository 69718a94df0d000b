using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Persistence.Events;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

public sealed partial class EventSerializerTests
{
    private static readonly Scorecard FullScorecard = new ScorecardBuilder("u-17", "Priya N.")
        .Rate("scope", 4).Rate("ownership", 3).Rate("technical_depth", 5)
        .Note("scope", "Walked through splitting the billing ledger across two regions, including the cut-over plan.")
        .Note(null, "Asked sharp questions about on-call load.")
        .Claim(ClaimTopic.Ownership, "led", "I drove the ledger split end to end", "ledger split")
        .Claim(ClaimTopic.Metric, "40%", null, "p99 latency")
        .Recommend(Recommendation.StrongYes, 4)
        .Summary("Clear evidence at the target level; depth on data consistency stood out.")
        .SubmittedAt(Sample.At("2026-02-17T16:05:00+01:00"))
        .Build();

    public static TheoryData<string, object> EveryEventType() => new()
    {
        { "loop.planned", new LoopPlanned(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")) },
        { "loop.decided", new LoopDecided(new LoopDecision(DecisionOutcome.Hire, Domain.Levels.Level.FromRank(4), "Consistent L4 evidence.", "u-91", "Casey M.", Sample.At("2026-02-20T10:00:00Z"))) },
        { "round.scheduled", new RoundScheduled(Sample.LoopId, Sample.Plan().Rounds[3]) },
        { "round.panel_assigned", new PanelAssigned(new Panel([Sample.Dana, Sample.Lee with { Role = PanelRole.Lead }])) },
        { "round.scorecard_changed", new ScorecardChanged("u-21", new ScorecardChange("op-7", ScorecardField.Note, "scope", "Sized the queue from first principles."), Sample.At("2026-02-18T14:20:00Z")) },
        { "round.scorecard_submitted", new ScorecardSubmitted("u-21", "op-9", Sample.At("2026-02-18T15:10:00Z")) },
        { "round.scorecard_imported", new ScorecardImported(FullScorecard) },
        { "round.scorecard_amended", new ScorecardAmended("u-21", new ScorecardChange("op-12", ScorecardField.Rating, "impact", "3"), "Re-read my notes: the latency win was the team's.", Sample.At("2026-02-19T09:00:00Z")) },
        { "round.agenda_set", new AgendaSet([new AgendaItem("Design a rate limiter", 20, "judgment"), new AgendaItem("An outage you owned")], "u-21", Sample.At("2026-02-18T13:50:00Z")) },
        { "round.started", new RoundStarted("u-21", Sample.At("2026-02-18T14:00:00Z")) },
        { "round.ended", new RoundEnded("u-90", Sample.At("2026-02-18T14:58:00Z")) },
        { "round.training_mode_set", new TrainingModeSet(true, "u-90", Sample.At("2026-02-18T13:55:00Z")) },
    };

    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void Serialize_ThenDeserialize_GivesBackEveryField(string storedName, object domainEvent)
    {
        var (type, payload) = EventSerializer.Serialize(domainEvent);

        var back = EventSerializer.Deserialize(type, payload);

        Assert.Equal(storedName, type);
        Structural.AssertEqual(domainEvent, back);
    }

    [Fact]
    public void EveryRegisteredEventType_HasARoundTripCase()
    {
        var covered = EveryEventType().Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(EventTypes.All.Keys.Order(), covered.Order());
    }

    [Fact]
    public void Serialize_WritesWireNamesForLevelsEnumsAndNoComputedProperties()
    {
        var (_, payload) = EventSerializer.Serialize(new ScorecardImported(FullScorecard));

        Assert.Contains("\"levelRecommendation\":\"L4\"", payload);
        Assert.Contains("\"recommendation\":\"strong_yes\"", payload);
        Assert.Contains("\"topic\":\"ownership\"", payload);
        Assert.DoesNotContain("isSubmitted", payload, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Serialize_WritesRoundKindAndPanelRoleInSnakeCase()
    {
        var (_, payload) = EventSerializer.Serialize(new RoundScheduled(Sample.LoopId, Sample.Plan().Rounds[2]));

        Assert.Contains("\"kind\":\"project_deep_dive\"", payload);
        Assert.Contains("\"role\":\"lead\"", payload);
    }

    [Fact]
    public void Deserialize_UnknownStoredName_IsRejectedNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EventSerializer.Deserialize("round.vanished", "{}"));

        Assert.Contains("'round.vanished'", error.Message);
    }

    [Theory]
    [InlineData("\"L9\"")]
    [InlineData("4")]
    public void Deserialize_LevelOutsideL1ToL8_IsRejected(string level)
    {
        var payload = EventSerializer.Serialize(new ScorecardImported(FullScorecard)).Payload.Replace("\"L4\"", level);

        var error = Assert.Throws<InvalidOperationException>(() => EventSerializer.Deserialize("round.scorecard_imported", payload));

        Assert.Contains("round.scorecard_imported", error.Message);
    }

    [Fact]
    public void Serialize_UnregisteredType_IsRejectedNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => EventSerializer.Serialize(new Uri("https://example.test")));

        Assert.Contains("System.Uri", error.Message);
    }
}
