using InterviewLoop.Calibration.Tests.Builders;
using static InterviewLoop.Calibration.Tests.Rules.FlagAssertions;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class LevelDivergenceTests
{
    private static Domain.Loops.LoopSnapshot Recommending(params int[] levels)
    {
        var builder = new LoopBuilder();
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            builder.Round($"r{i + 1}", r => r.Card($"u-{i + 1}", c => c.Rate("scope", 3).Level(level)));
        }
        return builder.Build();
    }

    [Theory]
    [InlineData(new[] { 4, 5 }, FlagSeverity.Low)]
    [InlineData(new[] { 4, 3, 5, 4 }, FlagSeverity.Medium)]
    [InlineData(new[] { 2, 5 }, FlagSeverity.High)]
    public void Calibrate_WhenRecommendationsSpanTwoOrMoreLevels_Flags(int[] levels, FlagSeverity severity)
    {
        var flag = Assert.Single(FlagsOf(Recommending(levels), FlagKinds.LevelDivergence));

        Assert.Equal(severity, flag.Severity);
        Assert.Equal(levels.Length, flag.Evidence.Count);
        Assert.Equal(Enumerable.Range(1, levels.Length).Select(i => $"r{i}"), flag.Rounds);
        Assert.Equal($"levelRecommendation: L{levels[0]}", flag.Evidence[0].Quote);
    }

    [Theory]
    [InlineData(new[] { 4, 4, 4 })]
    [InlineData(new[] { 5 })]
    [InlineData(new int[0])]
    public void Calibrate_WhenRecommendationsAgreeOrAreSingle_DoesNotFlag(int[] levels)
    {
        Assert.Empty(FlagsOf(Recommending(levels), FlagKinds.LevelDivergence));
    }
}
