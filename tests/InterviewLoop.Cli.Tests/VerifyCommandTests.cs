using InterviewLoop.Cli.Tests.Support;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Cli.Tests;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(LoopDatabase Database, string Pdf)> ExportAsync()
    {
        var database = await new LoopDatabase(_temp).ImportAsync();
        var run = await CliRun.RunAsync("packets", "--loops", LoopDocument.LoopId, "-o", _temp.File("out"), "--database", database.Path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return (database, run.Stdout.Trim());
    }

    [Fact]
    public async Task Verify_AFreshPacket_IsVerifiedWithNoNewerEvents()
    {
        var (database, pdf) = await ExportAsync();

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.StartsWith($"verified: loop {LoopDocument.LoopId}, sha256:", run.Stdout);
        Assert.EndsWith("no newer events", run.Stdout.Trim());
    }

    [Fact]
    public async Task Verify_AfterADraftEdit_IsVerifiedAndSaysNewerEventsDoNotChangeIt()
    {
        var (database, pdf) = await ExportAsync();
        await database.EditDraftAsync();

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("newer events exist", run.Stdout);
        Assert.Contains("do not change its content", run.Stdout);
    }

    [Fact]
    public async Task Verify_AfterANewSubmission_DoesNotMatchButStillMatchesAtItsPosition()
    {
        var (database, pdf) = await ExportAsync();
        await database.SubmitRound3Async();

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("does not match: newer events exist", run.Stdout);
        Assert.Contains("still matches the database at its position", run.Stdout);
    }

    [Fact]
    public async Task Verify_AfterAnotherLoopChangesTheRaterHistory_StillMatchesAtItsPositionWithTheHistoryRefittedThere()
    {
        var (database, pdf) = await ExportAsync();
        await database.ImportAsync("loop-2026-0150");

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Matches(@"raters=[1-9][0-9]*;", System.Text.RegularExpressions.Regex.Replace(await PdfText.PageAsync(pdf, 1), @"\s", ""));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("does not match: newer events exist and change the packet", run.Stdout);
        Assert.Contains("still matches the database at its position", run.Stdout);
    }

    [Fact]
    public async Task Verify_WhenStoredEventsWereRewritten_DoesNotMatchSayingContentChanged()
    {
        var (database, pdf) = await ExportAsync();
        await database.TamperAsync("\"recommendation\":\"yes\"", "\"recommendation\":\"strong_yes\"");

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("does not match: content changed", run.Stdout);
    }

    [Fact]
    public async Task Verify_WhenThePdfShowsOtherContentUnderTheSameSeal_DoesNotMatchSayingThePdfWasEdited()
    {
        var database = await new LoopDatabase(_temp).ImportAsync();
        var genuine = await database.ComposeAsync();
        var forged = new SealedPacket(genuine.Model with { Cover = genuine.Model.Cover with { TargetLevel = "L6" } }, genuine.Seal);
        var pdf = _temp.File("forged.pdf");
        await using (var renderer = new PdfRenderer()) await renderer.WritePdfAsync(forged.Document.Render(), forged.Document.PrintLayout(), pdf);

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("does not match: the PDF was edited after it was produced", run.Stdout);
    }

    [Fact]
    public async Task Verify_APdfWithoutASeal_ExitsTwoSayingItIsNotAPacket()
    {
        var database = await new LoopDatabase(_temp).ImportAsync();
        var pdf = _temp.File("other.pdf");
        await using (var renderer = new PdfRenderer()) await renderer.WritePdfAsync("<p>Quarterly report</p>", PdfLayout.Plain, pdf);

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal($"{pdf}: not an InterviewLoop packet (no seal on page 1)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Verify_APacketMadeFromALoopDocument_ExitsTwoSayingThereIsNoPosition()
    {
        var database = await new LoopDatabase(_temp).ImportAsync();
        var pdf = _temp.File("document.pdf");
        Assert.Equal(0, (await CliRun.RunAsync("packet", LoopDocument.Valid().WriteTo(_temp), "-o", pdf)).ExitCode);

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("made from a loop document", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("not a pdf at all", "not a readable PDF")]
    [InlineData(null, "no such file")]
    public async Task Verify_UnreadableFile_ExitsTwoNamingIt(string? content, string expected)
    {
        var database = await new LoopDatabase(_temp).ImportAsync();
        var pdf = _temp.File("broken.pdf");
        if (content is not null) File.WriteAllText(pdf, content);

        var run = await CliRun.RunAsync("verify", pdf, "--database", database.Path);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"{pdf}: {expected}", Assert.Single(run.ErrorLines));
    }
}
