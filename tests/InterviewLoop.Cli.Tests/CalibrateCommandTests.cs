using System.Text.Json;
using InterviewLoop.Cli.Tests.Support;

namespace InterviewLoop.Cli.Tests;

public sealed class CalibrateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Calibrate_ValidLoop_PrintsTheReportWithExpectedFlagsAndExitsZero()
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);

        var run = await CliRun.RunAsync("calibrate", loop, "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Equal("interviewloop.calibration/v1", report.RootElement.GetProperty("schema").GetString());
        Assert.Equal(LoopDocument.LoopId, report.RootElement.GetProperty("loopId").GetString());
        var kinds = report.RootElement.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToArray();
        Assert.Contains("raters.disagreement", kinds);
        Assert.Contains("level.divergence", kinds);
    }

    [Fact]
    public async Task Calibrate_WithoutFormat_DefaultsToJson()
    {
        var run = await CliRun.RunAsync("calibrate", LoopDocument.Valid().WriteTo(_temp));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{", run.Stdout.TrimStart());
    }

    [Fact]
    public async Task Calibrate_WhenRatingOutsideScale_ExitsTwoWithThePathOnOneLineAndPrintsNothing()
    {
        var loop = LoopDocument.Valid().WithRating(round: 1, card: 0, "scope", 7).WriteTo(_temp);

        var run = await CliRun.RunAsync("calibrate", loop, "--format", "json");

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("loop.rounds[1].scorecards[0].ratings.scope: ", line);
        Assert.Contains("7", line);
    }

    [Fact]
    public async Task Calibrate_WhenFileIsMissing_ExitsTwoNamingTheFile()
    {
        var missing = _temp.File("nowhere.json");

        var run = await CliRun.RunAsync("calibrate", missing);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal($"{missing}: no such file", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Calibrate_WhenJsonIsMalformed_ExitsTwoWithOneLine()
    {
        var broken = _temp.File("broken.json");
        File.WriteAllText(broken, "{ \"schema\": \"interviewloop.loop/v1\", \"loop\": { ");

        var run = await CliRun.RunAsync("calibrate", broken);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [InlineData("calibrate")]
    [InlineData("calibrate", "loop.json", "--format", "xml")]
    [InlineData("frobnicate", "loop.json")]
    [InlineData]
    public async Task Run_WithBadUsage_ExitsTwoWithOneLine(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Single(run.ErrorLines);
    }
}
