namespace InterviewLoop.Calibration.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void CalibrationAssembly_ReferencesOnlyTheDomainAndTheRuntime()
    {
        var references = typeof(LoopCalibrator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        var foreign = references.Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard").ToArray();

        Assert.Equal(["InterviewLoop.Domain"], foreign);
    }
}
