using System.Text.Json;
using InterviewLoop.Cli.Tests.Support;

namespace InterviewLoop.Cli.Tests;

/// <summary>Runs <c>ops/interviewloop</c> as a person would: bash, a real process, another working directory.</summary>
public sealed class OpsScriptTests : IDisposable
{
    // Neither database variable leaks in from the shell that runs the tests.
    private static readonly Dictionary<string, string?> CleanEnvironment = new()
    {
        [CliContext.DatabaseVariable] = null,
        [CliContext.PostgresVariable] = null,
    };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OpsInterviewloop_Calibrate_PrintsTheReportAndExitsZero()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "loop-morgan-t.json"), _temp.File("loop.json"));

        var (exitCode, stdout, stderr) = await OpsScript.RunAsync(_temp.Path, CleanEnvironment, "calibrate", "loop.json", "--format", "json");

        Assert.True(exitCode == 0, stderr);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal(LoopDocument.LoopId, report.RootElement.GetProperty("loopId").GetString());
    }

    [Fact]
    public async Task OpsInterviewloop_BadInput_ExitsTwoWithTheErrorLine()
    {
        LoopDocument.Valid().WithRating(round: 1, card: 0, "scope", 7).WriteTo(_temp);

        var (exitCode, stdout, stderr) = await OpsScript.RunAsync(_temp.Path, CleanEnvironment, "calibrate", "loop.json");

        Assert.Equal((2, ""), (exitCode, stdout));
        Assert.StartsWith("loop.rounds[1].scorecards[0].ratings.scope: ", stderr.Trim());
    }

    [Fact]
    public async Task OpsInterviewloop_WithBothDatabaseVariablesSet_ExitsTwoNamingThemAndCreatesNoDatabase()
    {
        LoopDocument.Valid().WriteTo(_temp);
        var environment = new Dictionary<string, string?>
        {
            [CliContext.DatabaseVariable] = _temp.File("loops.db"),
            [CliContext.PostgresVariable] = "Host=127.0.0.1;Database=interviewloop;Username=app",
        };

        var (exitCode, stdout, stderr) = await OpsScript.RunAsync(_temp.Path, environment, "import", "loop.json");

        Assert.Equal((2, ""), (exitCode, stdout));
        Assert.Equal("both INTERVIEWLOOP_DB and INTERVIEWLOOP_POSTGRES are set: unset one, or give --database PATH or --postgres CONNECTION_STRING", stderr.Trim());
        Assert.Equal(["loop.json"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }
}
