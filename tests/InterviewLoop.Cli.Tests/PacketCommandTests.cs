using InterviewLoop.Cli.Tests.Support;

namespace InterviewLoop.Cli.Tests;

public sealed class PacketCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Packet_ValidLoop_WritesAPdfWhoseFirstPageNamesTheCandidate()
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);
        var pdf = _temp.File("out/packet.pdf");

        var run = await CliRun.RunAsync("packet", loop, "-o", pdf);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal(pdf, run.Stdout.Trim());
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
        Assert.Contains(LoopDocument.CandidateName, await PdfText.PageAsync(pdf, 1));
    }

    [Fact]
    public async Task Packet_WhenDocumentIsInvalid_ExitsTwoAndLeavesNoFile()
    {
        var loop = LoopDocument.Valid().WithRating(round: 0, card: 0, "delivery", 0).WriteTo(_temp);
        var pdf = _temp.File("packet.pdf");

        var run = await CliRun.RunAsync("packet", loop, "-o", pdf);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("loop.rounds[0].scorecards[0].ratings.delivery: ", Assert.Single(run.ErrorLines));
        Assert.Equal([_temp.File("loop.json")], Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public async Task Packet_WhenOutputIsADirectory_ExitsTwoNamingTheOption()
    {
        var run = await CliRun.RunAsync("packet", LoopDocument.Valid().WriteTo(_temp), "-o", _temp.Path);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith("-o: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Packet_WithoutOutput_IsAUsageError()
    {
        var run = await CliRun.RunAsync("packet", LoopDocument.Valid().WriteTo(_temp));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", Assert.Single(run.ErrorLines));
    }
}
