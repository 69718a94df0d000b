using System.Diagnostics;
using System.Text.Json;
using InterviewLoop.Cli.Tests.Support;

namespace InterviewLoop.Cli.Tests;

/// <summary>Runs <c>ops/interviewloop</c> as a person would: bash, a real process, another working directory.</summary>
public sealed class OpsScriptTests : IDisposable
{
    // The first run may build the CLI from scratch on a fresh clone.
    private static readonly TimeSpan FirstRunAllowance = TimeSpan.FromMinutes(8);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OpsInterviewloop_Calibrate_PrintsTheReportAndExitsZero()
    {
        File.Copy(LoopDocumentPath(), _temp.File("loop.json"));

        var (exitCode, stdout, stderr) = await RunScriptAsync("calibrate", "loop.json", "--format", "json");

        Assert.True(exitCode == 0, stderr);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal(LoopDocument.LoopId, report.RootElement.GetProperty("loopId").GetString());
    }

    [Fact]
    public async Task OpsInterviewloop_BadInput_ExitsTwoWithTheErrorLine()
    {
        LoopDocument.Valid().WithRating(round: 1, card: 0, "scope", 7).WriteTo(_temp);

        var (exitCode, stdout, stderr) = await RunScriptAsync("calibrate", "loop.json");

        Assert.Equal((2, ""), (exitCode, stdout));
        Assert.StartsWith("loop.rounds[1].scorecards[0].ratings.scope: ", stderr.Trim());
    }

    private static string LoopDocumentPath() => Path.Combine(AppContext.BaseDirectory, "Fixtures", "loop-morgan-t.json");

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunScriptAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoRoot(), "ops", "interviewloop"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // Run the build this test run already made, so the script finds a fresh dll instead of building another configuration.
        start.Environment["INTERVIEWLOOP_CONFIGURATION"] = BuildConfiguration;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(FirstRunAllowance);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"ops/interviewloop did not finish within {FirstRunAllowance}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ops", "interviewloop"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ops/interviewloop not found above " + AppContext.BaseDirectory);
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
