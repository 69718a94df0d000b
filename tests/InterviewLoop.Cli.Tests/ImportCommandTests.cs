using InterviewLoop.Cli.Tests.Support;

namespace InterviewLoop.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_ValidLoop_StoresItAndPrintsWhatWasImported()
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);
        var database = _temp.File("data/loops.db");

        var run = await CliRun.RunAsync("import", loop, "--database", database);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal($"imported loop {LoopDocument.LoopId} (3 rounds, 3 scorecards)", run.Stdout.Trim());
        Assert.True(await StoredLoops.EventCountAsync(database, LoopDocument.LoopId, "r1", "r2", "r3") >= 4);
    }

    [Fact]
    public async Task Import_SameLoopTwice_SecondExitsTwoSayingItAlreadyExists()
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);
        var database = _temp.File("loops.db");
        await CliRun.RunAsync("import", loop, "--database", database);
        var before = await StoredLoops.EventCountAsync(database, LoopDocument.LoopId, "r1", "r2", "r3");

        var again = await CliRun.RunAsync("import", loop, "--database", database);

        Assert.Equal((2, ""), (again.ExitCode, again.Stdout));
        Assert.Contains("already exists", Assert.Single(again.ErrorLines));
        Assert.Equal(before, await StoredLoops.EventCountAsync(database, LoopDocument.LoopId, "r1", "r2", "r3"));
    }

    [Fact]
    public async Task Import_InvalidDocument_ExitsTwoAndStoresNothing()
    {
        var loop = LoopDocument.Valid().WithRating(round: 1, card: 1, "impact", 9).WriteTo(_temp);
        var database = _temp.File("loops.db");

        var run = await CliRun.RunAsync("import", loop, "--database", database);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith("loop.rounds[1].scorecards[1].ratings.impact: ", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task Import_DocumentSavedAsLatin1_ExitsTwoNamingTheByteAndStoresNothing()
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);
        var text = await File.ReadAllTextAsync(loop);
        await File.WriteAllBytesAsync(loop, System.Text.Encoding.Latin1.GetBytes(text.Replace("Morgan T.", "Morgan Té", StringComparison.Ordinal)));
        var database = _temp.File("loops.db");

        var run = await CliRun.RunAsync("import", loop, "--database", database);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Matches(@"^\$: not valid UTF-8 at byte \d+ \(line \d+\); save the document as UTF-8$", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(database));
    }
}
