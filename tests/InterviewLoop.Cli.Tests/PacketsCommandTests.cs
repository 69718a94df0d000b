using InterviewLoop.Cli.Tests.Support;
using InterviewLoop.Packets.Sealing;

namespace InterviewLoop.Cli.Tests;

public sealed class PacketsCommandTests : IDisposable
{
    private const string Second = "loop-cli-0008";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Packets_ForTwoLoops_WritesASealedPdfEachPrintsTheirPathsAndShowsProgress()
    {
        var database = await (await new LoopDatabase(_temp).ImportAsync()).ImportAsync(Second);
        var output = _temp.File("out");

        var run = await CliRun.RunAsync("packets", "--loops", $"{LoopDocument.LoopId},{Second}", "-o", output, "--database", database.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([Path.Combine(output, $"{LoopDocument.LoopId}.pdf"), Path.Combine(output, $"{Second}.pdf")], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var firstPage = await PdfText.PageAsync(Path.Combine(output, $"{Second}.pdf"), 1);
        Assert.Contains(LoopDocument.CandidateName, firstPage);
        Assert.True(SealText.TryFind(firstPage, out var seal));
        Assert.Equal(Second, seal.LoopId);
        Assert.Contains("packets: 2 of 2", run.Stderr);
    }

    [Fact]
    public async Task Packets_All_ExportsEveryLoopInTheDatabase()
    {
        var database = await (await new LoopDatabase(_temp).ImportAsync()).ImportAsync(Second);

        var run = await CliRun.RunAsync("packets", "--all", "-o", _temp.File("all"), "--database", database.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{LoopDocument.LoopId}.pdf", $"{Second}.pdf"], Directory.GetFiles(_temp.File("all")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Packets_WithAnUnknownLoop_ExitsTwoNamingItAndWritesNothing()
    {
        var database = await new LoopDatabase(_temp).ImportAsync();
        var output = _temp.File("out");

        var run = await CliRun.RunAsync("packets", "--loops", $"{LoopDocument.LoopId},loop-nobody", "-o", output, "--database", database.Path);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("'loop-nobody'", Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Packets_WithLetterFormat_PrintsOnLetterPaper()
    {
        var database = await new LoopDatabase(_temp).ImportAsync();

        var run = await CliRun.RunAsync("packets", "--loops", LoopDocument.LoopId, "-o", _temp.File("out"), "--database", database.Path, "--format", "letter");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(letter)", await PdfText.InfoAsync(Path.Combine(_temp.File("out"), $"{LoopDocument.LoopId}.pdf")));
    }

    [Fact]
    public async Task Packets_WhenTheDatabaseDoesNotExist_ExitsTwoAndCreatesNoDatabase()
    {
        var missing = _temp.File("nowhere.db");

        var run = await CliRun.RunAsync("packets", "--all", "-o", _temp.File("out"), "--database", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"--database: no such file '{missing}'", Assert.Single(run.ErrorLines));
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Theory]
    [InlineData("--all", "--loops", "loop-cli-0007")]
    [InlineData]
    [InlineData("--loops", "bad id!")]
    [InlineData("--loops", ",")]
    public async Task Packets_WithoutExactlyOneGoodSelection_ExitsTwoWithOneLine(params string[] selection)
    {
        var database = await new LoopDatabase(_temp).ImportAsync();

        var run = await CliRun.RunAsync(["packets", .. selection, "-o", _temp.File("out"), "--database", database.Path]);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Single(run.ErrorLines);
        Assert.False(Directory.Exists(_temp.File("out")));
    }
}
