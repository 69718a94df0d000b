using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Interchange.Schema;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentWriterTests
{
    [Theory]
    [InlineData("full-loop.json")]
    [InlineData("minimal-loop.json")]
    public void Write_ThenRead_GivesBackTheSameSnapshot(string fixture)
    {
        var original = LoopDocumentReader.Read(TestFiles.Fixture(fixture));

        var written = LoopDocumentWriter.Write(original);
        var reread = LoopDocumentReader.Read(written);

        Assert.Equal(written, LoopDocumentWriter.Write(reread));
        AssertSameLoop(original, reread);
    }

    [Fact]
    public void Write_TheSample_RoundTripsAndValidates()
    {
        var written = LoopDocumentWriter.Write(LoopDocumentReader.Read(TestFiles.Sample));

        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.LoopDocument, written));
        AssertSameLoop(LoopDocumentReader.Read(TestFiles.Sample), LoopDocumentReader.Read(written));
    }

    [Fact]
    public void Write_RoundWithNobodyAssignedYet_RoundTrips()
    {
        var round = new RoundSnapshot(new RoundPlan("r5", RoundKind.Coding, "senior-evidence/v1", null, 45, Panel.Empty), []);
        var loop = LoopDocumentReader.Read(TestFiles.Fixture("minimal-loop.json"));
        var extended = loop with { Rounds = [.. loop.Rounds, round] };

        var reread = LoopDocumentReader.Read(LoopDocumentWriter.Write(extended));

        Assert.Empty(reread.Rounds[1].Plan.Panel.Members);
        Assert.Equal(round.Plan, reread.Rounds[1].Plan);
    }

    private static void AssertSameLoop(LoopSnapshot expected, LoopSnapshot actual)
    {
        Assert.Equal(expected.LoopId, actual.LoopId);
        Assert.Equal(expected.Candidate, actual.Candidate);
        Assert.Equal(expected.Role, actual.Role);
        Assert.Equal(expected.Rounds.Select(r => r.Plan), actual.Rounds.Select(r => r.Plan));
        var expectedCards = expected.Rounds.SelectMany(r => r.Scorecards).ToArray();
        var actualCards = actual.Rounds.SelectMany(r => r.Scorecards).ToArray();
        Assert.Equal(expectedCards.Length, actualCards.Length);
        foreach (var (e, a) in expectedCards.Zip(actualCards))
        {
            Assert.Equal(e with { Ratings = a.Ratings, Notes = a.Notes, Claims = a.Claims }, a);
            Assert.Equal(e.Ratings.OrderBy(r => r.Key), a.Ratings.OrderBy(r => r.Key));
            Assert.Equal(e.Notes, a.Notes);
            Assert.Equal(e.Claims, a.Claims);
        }
    }
}
