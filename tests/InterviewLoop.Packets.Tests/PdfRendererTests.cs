using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class PdfRendererTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    private static string Html(string candidate = "Avery Q.") =>
        new DebriefPacketDocument(PacketModel.From(SampleLoop.Snapshot(candidate), SampleLoop.Report(), new FakeClock(DateTimeOffset.UnixEpoch))).Render();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task WritePdf_WritesAPdfWhoseFirstPageNamesTheCandidate()
    {
        var path = _temp.File("packet.pdf");

        await chromium.Renderer.WritePdfAsync(Html(), path, CancellationToken.None);

        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(path)[..4]);
        var firstPage = await PdfText.PageAsync(path, 1);
        Assert.Contains("Avery Q.", firstPage);
        Assert.Contains("narrative.reason_for_move", firstPage);
    }

    [Fact]
    public async Task WritePdf_NumbersPagesInTheFooter()
    {
        var path = _temp.File("numbered.pdf");

        await chromium.Renderer.WritePdfAsync(Html(), path, CancellationToken.None);

        Assert.Matches(@"page 1 of [2-9]", await PdfText.PageAsync(path, 1));
    }

    [Fact]
    public async Task WritePdf_ReusesTheWarmBrowserForSeveralPackets()
    {
        var first = _temp.File("nested/first.pdf");
        var second = _temp.File("nested/second.pdf");

        await chromium.Renderer.WritePdfAsync(Html("Jordan P."), first, CancellationToken.None);
        await chromium.Renderer.WritePdfAsync(Html("Sam W."), second, CancellationToken.None);

        Assert.Contains("Jordan P.", await PdfText.PageAsync(first, 1));
        Assert.Contains("Sam W.", await PdfText.PageAsync(second, 1));
        Assert.Equal(2, Directory.GetFiles(_temp.File("nested")).Length);
    }

    [Fact]
    public async Task WritePdf_WhenChromiumCannotStart_LeavesNothingAtThePath()
    {
        var path = _temp.File("never.pdf");
        await using var broken = new PdfRenderer(new PdfRendererOptions { ExecutablePath = _temp.File("no-such-chromium") });

        var error = await Assert.ThrowsAsync<PacketRenderException>(() => broken.WritePdfAsync(Html(), path, CancellationToken.None));

        Assert.Contains("no-such-chromium", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public async Task WritePdf_WhenCancelled_KeepsTheOldFileWholeAndLeavesNoTempFile()
    {
        var path = _temp.File("packet.pdf");
        File.WriteAllText(path, "previous packet");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chromium.Renderer.WritePdfAsync(Html(), path, cancelled.Token));

        Assert.Equal("previous packet", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(_temp.Path));
    }
}
