using InterviewLoop.Calibration.Tests.Builders;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration.Tests.Rules;

public sealed class TargetMismatchTests
{
    private static readonly LoopCalibrator Calibrator = new();

    [Fact]
    public void Calibrate_WhenConfidentEvidenceIsBelowTarget_FlagsTargetMismatch()
    {
        var loop = new LoopBuilder().Target(5)
            .Round("r1", r => r.Card("u-17", c => c.Rate("scope", 3).Level(4)))
            .Round("r2", r => r.Card("u-40", c => c.Rate("scope", 3).Level(4)))
            .Round("r3", r => r.Card("u-21", c => c.Rate("scope", 3).Level(4)))
            .Build();

        var flag = Assert.Single(Calibrator.Calibrate(loop).Flags, f => f.Kind == FlagKinds.TargetMismatch);

        Assert.Equal(FlagSeverity.Medium, flag.Severity);
        Assert.Equal(["r1", "r2", "r3"], flag.Rounds);
        Assert.Contains("supports L4 (confidence 0.60), below the target level L5", flag.Message);
    }

    [Fact]
    public void Calibrate_WhenMismatchIsBelowMinimumConfidence_DoesNotFlag()
    {
        var loop = new LoopBuilder().Target(5).Round("r1", r => r.Card("u-17", c => c.Rate("scope", 3).Level(3))).Build();

        Assert.DoesNotContain(Calibrator.Calibrate(loop).Flags, f => f.Kind == FlagKinds.TargetMismatch);
    }

    [Fact]
    public void Calibrate_WhenASplitPanelsMiddleIsTwoLevelsBelowAHighTarget_FlagsLow()
    {
        var loop = new LoopBuilder().Target(6)
            .Round("r1", r => r.Card("u-17", c => c.RateAll(3, 3, 3, 3, 3, 3, 3).Level(4)))
            .Round("r2", r => r.Card("u-40", c => c.RateAll(3, 3, 3, 3, 3, 3, 3).Level(3)))
            .Round("r3", r => r.Card("u-21", c => c.RateAll(3, 3, 3, 3, 3, 3, 3).Level(3)))
            .Build();

        var report = Calibrator.Calibrate(loop);

        Assert.True(report.Level.Confidence < 0.5, $"confidence {report.Level.Confidence}");
        var flag = Assert.Single(report.Flags, f => f.Kind == FlagKinds.TargetMismatch);
        Assert.Equal(FlagSeverity.Low, flag.Severity);
        Assert.Contains("below the target level L6", flag.Message);
    }
}
