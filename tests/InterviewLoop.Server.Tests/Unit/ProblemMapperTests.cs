using InterviewLoop.Domain;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Interchange;
using InterviewLoop.Server.Problems;

namespace InterviewLoop.Server.Tests.Unit;

public sealed class ProblemMapperTests
{
    public static TheoryData<Exception, int> Statuses => new()
    {
        { new NotOnPanelException("u-17", "loop-1/r4"), 403 },
        { new ScorecardLockedException("u-21", "loop-1/r4"), 409 },
        { new NotFoundException("round", "loop-1/r9"), 404 },
        { new DomainException("loop.exists", "loop.id: taken", "loop.id"), 409 },
        { new DomainException("rating.out_of_range", "ratings.scope: 7 is outside 1..5", "ratings.scope"), 400 },
        { new LoopDocumentException("loop.rounds[2].id", "missing"), 400 },
        { new ConcurrencyConflictException("round/loop-1/r4", 3), 409 },
        { new AccessDeniedException("no"), 403 },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Map_GivesTheStatusOfEachRefusal(Exception error, int status)
    {
        Assert.Equal(status, ProblemMapper.Map(error)?.Status);
    }

    [Fact]
    public void Map_OfLoopDocumentError_NamesTheJsonPath()
    {
        var problem = ProblemMapper.Map(new LoopDocumentException("loop.rounds[2].scorecards[0].ratings.scope", "7 is outside 1..5"));

        Assert.Equal("loop.rounds[2].scorecards[0].ratings.scope", problem?.Field);
        Assert.Equal("loop.rounds[2].scorecards[0].ratings.scope: 7 is outside 1..5", problem?.Detail);
    }

    [Fact]
    public void Map_OfAnUnexpectedFault_IsNull_SoItStaysA500WithoutDetails()
    {
        Assert.Null(ProblemMapper.Map(new InvalidOperationException("bug")));
    }
}
