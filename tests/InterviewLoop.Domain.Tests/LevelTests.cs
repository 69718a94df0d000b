using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Domain.Tests;

public sealed class LevelTests
{
    [Theory]
    [InlineData("L1", 1)]
    [InlineData("L4", 4)]
    [InlineData("L8", 8)]
    public void TryParse_AcceptsL1ToL8(string text, int rank)
    {
        Assert.True(Level.TryParse(text, out var level));
        Assert.Equal(rank, level.Rank);
        Assert.Equal(text, level.ToString());
    }

    [Theory]
    [InlineData("L0")]
    [InlineData("L9")]
    [InlineData("l4")]
    [InlineData("L10")]
    [InlineData("4")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsAnythingElse(string? text) => Assert.False(Level.TryParse(text, out _));

    [Fact]
    public void DefaultMap_FollowsSeed001Bands()
    {
        var bands = LevelMap.Default.Levels.Select(l => l.Band).ToArray();

        Assert.Equal(
            [LevelBand.Junior, LevelBand.Junior, LevelBand.Mid, LevelBand.Senior, LevelBand.Staff,
             LevelBand.Principal, LevelBand.Principal, LevelBand.Principal],
            bands);
    }

    [Fact]
    public void LevelMap_MissingALevel_IsRefused()
    {
        var partial = LevelMap.Default.Levels.Take(7);

        var error = Assert.Throws<DomainException>(() => new LevelMap("org/v1", partial));

        Assert.Equal("level_map.incomplete", error.Code);
    }
}
