using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

/// <summary>How the PDF breaks across pages: long notes, tall scorecards and non-Latin names, printed by Debian's Chromium.</summary>
public sealed partial class PdfRendererTests
{
    [Fact]
    public async Task WritePdf_WithAnUnbrokenLinkInANote_WrapsItInsteadOfShrinkingEveryPage()
    {
        var link = "https://docs.example.com/document/d/" + new string('x', 260) + "/edit";
        var plain = await WriteAsync(SampleLoop.Packet(), "plain.pdf");

        var linked = await WriteAsync(SampleLoop.Packet(SampleLoop.Record(deepDiveNote: $"Design doc: {link}")), "linked.pdf");

        var text = string.Concat((await PdfText.AllAsync(linked)).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(link, text, StringComparison.Ordinal);
        Assert.True(await PdfText.PageCountAsync(linked) >= await PdfText.PageCountAsync(plain), "the long link shrank the pages");
    }

    [Fact]
    public async Task WritePdf_WhenARoundsFirstScorecardIsTall_KeepsItsHeadingOnTheScorecardsPage()
    {
        var tall = string.Join(" ", Enumerable.Range(1, 34).Select(i => $"Step {i}: he described the cut-over, its rollback and the check that proved it safe."));

        var path = await WriteAsync(SampleLoop.Packet(SampleLoop.Record(deepDiveNote: tall)), "tall.pdf");

        var pages = await PdfText.PageCountAsync(path);
        var headingPage = (await Task.WhenAll(Enumerable.Range(1, pages).Select(p => PdfText.PageAsync(path, p))))
            .Single(text => text.Contains("r2 · Project deep dive", StringComparison.Ordinal));
        var afterHeading = headingPage[headingPage.IndexOf("r2 · Project deep dive", StringComparison.Ordinal)..];
        Assert.Contains("Submitted", afterHeading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritePdf_WithChineseNames_PrintsThemInAFontThatHasTheirGlyphs()
    {
        var path = await WriteAsync(SampleLoop.Packet(SampleLoop.Record(candidate: "王小明", deepDiveNote: "他主导了支付系统的迁移。")), "cjk.pdf");

        var fonts = await PdfText.RunAsync("pdffonts", path);

        Assert.Contains("DroidSansFallback", fonts, StringComparison.Ordinal);
        Assert.Contains("王小明", await PdfText.PageAsync(path, 1), StringComparison.Ordinal);
    }
}
