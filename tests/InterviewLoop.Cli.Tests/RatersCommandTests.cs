using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewLoop.Cli.Tests.Support;
using InterviewLoop.Interchange.Schema;

namespace InterviewLoop.Cli.Tests;

public sealed class RatersCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    // The CLI fixture under another loop id, in a subfolder of the temp directory.
    private string WriteLoop(string id, Action<JsonNode>? edit = null)
    {
        var node = JsonNode.Parse(File.ReadAllText(LoopDocument.Valid().WriteTo(_temp, $"{id}.tmp")))!;
        File.Delete(_temp.File($"{id}.tmp"));
        node["loop"]!["id"] = id;
        edit?.Invoke(node);
        Directory.CreateDirectory(_temp.File("loops"));
        var path = _temp.File(Path.Combine("loops", $"{id}.json"));
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }

    [Fact]
    public async Task Raters_OverADirectory_PrintsAReportThatValidatesAgainstTheSchema()
    {
        WriteLoop("loop-a");
        WriteLoop("loop-b");

        var run = await CliRun.RunAsync("raters", _temp.File("loops"), "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        using var report = JsonDocument.Parse(run.Stdout);
        Assert.Empty(EmbeddedSchemas.RaterReport.Validate(report.RootElement));
        Assert.Equal("interviewloop.raters/v1", report.RootElement.GetProperty("schema").GetString());
        Assert.Equal(2, report.RootElement.GetProperty("model").GetProperty("loops").GetInt32());
        // Two candidates are too few to pool evidence across dimensions: severity is corrected, nothing more.
        Assert.Equal("severity_only", report.RootElement.GetProperty("model").GetProperty("calibration").GetString());
        Assert.NotEmpty(report.RootElement.GetProperty("raters").EnumerateArray());
    }

    [Fact]
    public async Task Raters_WhenOneDocumentIsBad_ExitsTwoNamingTheFileAndPathAndPrintsNothing()
    {
        WriteLoop("loop-a");
        var bad = WriteLoop("loop-b", d => d["loop"]!["rounds"]![1]!["scorecards"]![0]!["ratings"]!["scope"] = 7);

        var run = await CliRun.RunAsync("raters", _temp.File("loops"));

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"{bad}: loop.rounds[1].scorecards[0].ratings.scope: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Raters_WhenAPathIsMissing_ExitsTwoNamingIt()
    {
        var missing = _temp.File("nowhere");

        var run = await CliRun.RunAsync("raters", missing);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal($"{missing}: no such file or directory", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("raters")]
    [InlineData("raters", "loops", "--format", "csv")]
    public async Task Raters_WithBadUsage_ExitsTwoWithOneLine(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Single(run.ErrorLines);
    }
}
