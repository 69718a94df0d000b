namespace InterviewLoop.Calibration.Tests.Rules;

internal static class FlagAssertions
{
    private static readonly LoopCalibrator Calibrator = new();

    public static IReadOnlyList<Flag> FlagsOf(Domain.Loops.LoopSnapshot loop, string kind) =>
        Calibrator.Calibrate(loop).Flags.Where(f => f.Kind == kind).ToArray();
}
