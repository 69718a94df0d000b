using System.Text.RegularExpressions;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed partial class PdfRendererTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> WriteAsync(SealedPacket packet, string name)
    {
        var path = _temp.File(name);
        await chromium.Renderer.WritePdfAsync(packet.Document.Render(), packet.Document.PrintLayout(), path);
        return path;
    }

    [Fact]
    public async Task WritePdf_FirstPageNamesTheCandidateAndCarriesTheSealAMachineCanReadBack()
    {
        var packet = SampleLoop.Packet();

        var path = await WriteAsync(packet, "packet.pdf");

        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(path)[..4]);
        var firstPage = await PdfText.PageAsync(path, 1);
        Assert.Contains("Avery Q.", firstPage);
        Assert.Contains("Incomplete packet:", firstPage);
        Assert.True(SealText.TryFind(firstPage, out var seal));
        Assert.Equal(packet.Seal, seal);
    }

    [Fact]
    public async Task WritePdf_EveryPageHasTheRunningHeaderAndFooterWithSealAndPageNumbers()
    {
        var path = await WriteAsync(SampleLoop.Packet(), "numbered.pdf");
        var pages = await PdfText.PageCountAsync(path);

        Assert.True(pages >= 3, $"{pages} pages");
        for (var page = 1; page <= pages; page++)
        {
            var text = await PdfText.PageAsync(path, page);
            Assert.Contains("Debrief packet · Avery Q. · Senior Backend Engineer (L4)", text);
            Assert.Contains($"page {page} of {pages}", text);
            Assert.Contains($"Seal sha256:{SampleLoop.Packet().Seal.ShortHash}", text);
        }
    }

    [Theory]
    [InlineData(PaperSize.A4, "(A4)")]
    [InlineData(PaperSize.Letter, "(letter)")]
    public async Task WritePdf_PrintsOnThePaperOfTheSeal(PaperSize paper, string expected)
    {
        var path = await WriteAsync(SampleLoop.Packet(paper: paper), $"{paper}.pdf");

        Assert.EndsWith(expected, await PdfText.PageSizeAsync(path));
    }

    [Fact]
    public async Task WritePdf_KeepsEachScorecardOnOnePage()
    {
        var path = await WriteAsync(SampleLoop.Packet(), "whole.pdf");
        var pages = await PdfText.PageCountAsync(path);
        var texts = await Task.WhenAll(Enumerable.Range(1, pages).Select(p => PdfText.PageAsync(path, p)));

        var heading = Array.FindIndex(texts, t => Regex.IsMatch(t, @"Marcus O\.\s+Submitted"));

        Assert.True(heading >= 0, "Marcus's scorecard heading not found");
        Assert.Contains(SampleLoop.MarcusSummary, texts[heading]);
    }

    [Fact]
    public async Task WritePdf_ReusesTheWarmBrowserForSeveralPackets()
    {
        var first = await WriteAsync(SampleLoop.Packet(SampleLoop.Record("Jordan P.")), "first.pdf");
        var second = await WriteAsync(SampleLoop.Packet(SampleLoop.Record("Sam W.")), "second.pdf");

        Assert.Contains("Jordan P.", await PdfText.PageAsync(first, 1));
        Assert.Contains("Sam W.", await PdfText.PageAsync(second, 1));
    }

    [Fact]
    public async Task WritePdf_SeveralAtOnceOnReusedPages_EachPdfHoldsOnlyItsOwnPacket()
    {
        string[] names = ["Jordan P.", "Sam W.", "Kim L.", "Ravi D.", "Ana G."];

        var paths = await Task.WhenAll(names.Select((n, i) => WriteAsync(SampleLoop.Packet(SampleLoop.Record(n)), $"concurrent-{i}.pdf")));

        for (var i = 0; i < names.Length; i++)
        {
            var text = await PdfText.AllAsync(paths[i]);
            Assert.Contains(names[i], text);
            Assert.All(names.Where(n => n != names[i]), other => Assert.DoesNotContain(other, text));
        }
    }

    [Fact]
    public async Task WritePdf_AfterACancelledPrint_StillPrintsTheNextPacket()
    {
        // Cancelled while printing (or, on a fast machine, just before): either way that page is not reused.
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        try
        {
            await chromium.Renderer.RenderAsync(SampleLoop.Html(), PdfLayout.Plain, cancelled.Token);
        }
        catch (OperationCanceledException)
        {
            // Expected in most runs.
        }

        var path = await WriteAsync(SampleLoop.Packet(SampleLoop.Record("After Cancel")), "after.pdf");

        Assert.Contains("After Cancel", await PdfText.PageAsync(path, 1));
    }

    [Fact]
    public async Task StartWarmUp_ThenDispose_WithAMissingChromium_ReportsNothingUntilARenderNeedsIt()
    {
        await using var broken = new PdfRenderer(new PdfRendererOptions { ExecutablePath = _temp.File("no-such-chromium") });

        broken.StartWarmUp();

        await Assert.ThrowsAsync<PacketRenderException>(() => broken.RenderAsync(SampleLoop.Html(), PdfLayout.Plain));
    }

    [Fact]
    public async Task WritePdf_WhenChromiumCannotStart_LeavesNothingAtThePath()
    {
        var path = _temp.File("never.pdf");
        await using var broken = new PdfRenderer(new PdfRendererOptions { ExecutablePath = _temp.File("no-such-chromium") });

        var error = await Assert.ThrowsAsync<PacketRenderException>(() => broken.WritePdfAsync(SampleLoop.Html(), PdfLayout.Plain, path));

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

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chromium.Renderer.WritePdfAsync(SampleLoop.Html(), PdfLayout.Plain, path, cancelled.Token));

        Assert.Equal("previous packet", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(_temp.Path));
    }
}
