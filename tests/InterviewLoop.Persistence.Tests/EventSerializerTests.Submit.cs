using InterviewLoop.Domain.Rounds;
using InterviewLoop.Persistence.Events;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>Submits gained a reason and warnings later: old payloads must still read.</summary>
public sealed partial class EventSerializerTests
{
    [Fact]
    public void SubmitWithReason_RoundTripsItsReasonAndWarnings()
    {
        var submitted = new ScorecardSubmitted("u-21", "op-9", Sample.At("2026-02-18T15:10:00Z"), "The impact evidence is in the summary.", ["unsupported_rating:impact"]);
        var (type, payload) = EventSerializer.Serialize(submitted);

        Structural.AssertEqual(submitted, EventSerializer.Deserialize(type, payload));
    }

    [Fact]
    public void SubmitStoredBeforeReasonsExisted_ReadsBackWithoutAReason()
    {
        const string stored = """{"interviewerId":"u-21","operationId":"op-9","at":"2026-02-18T15:10:00+00:00"}""";

        var back = Assert.IsType<ScorecardSubmitted>(EventSerializer.Deserialize("round.scorecard_submitted", stored));

        Assert.Equal("u-21", back.InterviewerId);
        Assert.Null(back.Reason);
        Assert.Null(back.Warnings);
    }
}
