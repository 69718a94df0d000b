using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Interchange.Schema;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentWriterFormatTests
{
    [Fact]
    public void Write_SpellsOutDefaultsAndLeavesOutAbsentValues()
    {
        var written = LoopDocumentWriter.Write(LoopDocumentReader.Read(TestFiles.Fixture("minimal-loop.json")));

        Assert.Contains("\"durationMinutes\": 45", written, StringComparison.Ordinal);
        Assert.Contains("\"panel\": [", written, StringComparison.Ordinal);
        Assert.DoesNotContain("submittedAt", written, StringComparison.Ordinal);
        Assert.DoesNotContain("startedAt", written, StringComparison.Ordinal);
        Assert.DoesNotContain("recommendation", written, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schema\": \"interviewloop.loop/v1\",", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RatingsFollowTheRubricOrderWhateverTheEditOrder_AndKeepTextReadable()
    {
        var card = new Scorecard("u-17", "Priya N.", new Dictionary<string, int> { ["reflection"] = 3, ["zeta"] = 2, ["scope"] = 4 },
            [new EvidenceNote("scope", "Didn't own it — \"helped\".")], Recommendation.Yes, Level.FromRank(4), "", [],
            new DateTimeOffset(2026, 11, 2, 16, 10, 0, TimeSpan.FromHours(1)));
        var round = new RoundSnapshot(new RoundPlan("r1", RoundKind.Coding, "senior-evidence/v1", null, 45,
            new Panel([new PanelMember("u-17", "Priya N.", PanelRole.Lead)])), [card]);
        var loop = new LoopSnapshot("loop-9", new Candidate("c-1", "Zoë Q."), new Role("Engineer", Track.Ic, Level.FromRank(3)), [round], 17);

        var written = LoopDocumentWriter.Write(loop);

        Assert.True(written.IndexOf("\"scope\"", StringComparison.Ordinal) < written.IndexOf("\"reflection\"", StringComparison.Ordinal));
        Assert.True(written.IndexOf("\"reflection\"", StringComparison.Ordinal) < written.IndexOf("\"zeta\"", StringComparison.Ordinal));
        Assert.Contains("\"submittedAt\": \"2026-11-02T15:10:00Z\"", written, StringComparison.Ordinal);
        Assert.Contains("Didn't own it — \\\"helped\\\".", written, StringComparison.Ordinal);
        Assert.Contains("Zoë Q.", written, StringComparison.Ordinal);
    }
}
