using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests;

public sealed class RatingTests
{
    [Theory]
    [InlineData(int.MinValue, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(int.MaxValue, false)]
    public void IsValid_AtScaleBoundaries(int value, bool expected) => Assert.Equal(expected, Rating.IsValid(value));

    [Fact]
    public void Require_WhenOutsideScale_IsRejectedWithPath()
    {
        var error = Assert.Throws<DomainException>(() => Rating.Require(7, "loop.rounds[2].scorecards[0].ratings.scope"));

        Assert.Equal("loop.rounds[2].scorecards[0].ratings.scope: 7 is outside 1..5", error.Message);
        Assert.Equal("rating.out_of_range", error.Code);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void IsExtreme_FlagsOnlyTheEndsOfTheScale(int value, bool expected) => Assert.Equal(expected, Rating.IsExtreme(value));
}
