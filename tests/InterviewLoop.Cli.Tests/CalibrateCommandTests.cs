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
    public async Task Calibrate_WithRaterHistory_CalibratesTheHarsherRatersRatingsAboveRaw()
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);
        Directory.CreateDirectory(_temp.File("past"));
        foreach (var id in new[] { "loop-a", "loop-b", "loop-c" }) LoopDocument.Valid().WithLoopId(id).WriteTo(_temp, Path.Combine("past", $"{id}.json"));

        var plain = await CliRun.RunAsync("calibrate", loop);
        var withHistory = await CliRun.RunAsync("calibrate", loop, "--raters", _temp.File("past"));

        Assert.Equal((0, ""), (withHistory.ExitCode, withHistory.Stderr));
        Assert.Equal(7, RatingsOf(withHistory.Stdout, "u-21").Length);
        Assert.All(RatingsOf(plain.Stdout, "u-21"), r => Assert.Equal(r.Raw, r.Calibrated));
        Assert.All(RatingsOf(withHistory.Stdout, "u-21"), r => Assert.True(r.Calibrated > r.Raw, $"raw {r.Raw}, calibrated {r.Calibrated}"));
    }

    [Fact]
    public async Task Calibrate_WithADraftScorecard_SaysOnStandardErrorThatItWasLeftOut()
    {
        var path = LoopDocument.Valid().WriteTo(_temp);
        var document = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        document["loop"]!["rounds"]![0]!["scorecards"]![0]!.AsObject().Remove("submittedAt");
        await File.WriteAllTextAsync(path, document.ToJsonString());

        var run = await CliRun.RunAsync("calibrate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("note: left out 1 draft scorecard (no submittedAt)", Assert.Single(run.ErrorLines));
        Assert.Empty(RatingsOf(run.Stdout, "u-17"));
        Assert.NotEmpty(RatingsOf(run.Stdout, "u-21"));
    }

    private static (double Raw, double Calibrated)[] RatingsOf(string report, string interviewer)
    {
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("ratings").EnumerateArray()
            .Where(r => r.GetProperty("interviewer").GetString() == interviewer)
            .Select(r => (r.GetProperty("raw").GetDouble(), r.GetProperty("calibrated").GetDouble())).ToArray();
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
