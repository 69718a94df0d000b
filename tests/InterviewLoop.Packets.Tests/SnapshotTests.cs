using System.Text;
using InterviewLoop.Packets.Tests.Snapshots;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

/// <summary>
/// The packet compared with approved files: the HTML exactly, and page one of the PDF as pixels. Both
/// use the hand-built sample with a fixed clock, and Debian's Chromium and fonts (installed by ops/test).
/// </summary>
public sealed class SnapshotTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string HtmlName = "debrief-packet.approved.html";
    private const string PageOneName = "debrief-packet-page1.approved.png";

    // Anti-aliasing may shift a little between builds of the same fonts; a moved box or a changed line moves far
    // more (a changed candidate name and seal: ~0.26% of pixels). Exact text is the HTML snapshot's job.
    private const int ChannelTolerance = 48;
    private const double MaxDifferingFraction = 0.001;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Html_MatchesTheApprovedSnapshot()
    {
        var received = SampleLoop.Html();
        if (Approvals.ApproveIfAsked(HtmlName, Encoding.UTF8.GetBytes(received))) return;

        var approved = File.ReadAllText(Approvals.ApprovedPath(HtmlName));

        if (approved != received) File.WriteAllText(Approvals.ReceivedPath(HtmlName), received);
        Assert.True(approved == received, $"HTML differs from {HtmlName} at line {FirstDifferentLine(approved, received)}; see {Approvals.ReceivedPath(HtmlName)}");
    }

    [Fact]
    public async Task PdfPageOne_LooksLikeTheApprovedImageWithinTolerance()
    {
        var packet = SampleLoop.Packet();
        var pdf = _temp.File("packet.pdf");
        await chromium.Renderer.WritePdfAsync(packet.Document.Render(), packet.Document.PrintLayout(), pdf);
        await PdfText.RunAsync("pdftoppm", "-f", "1", "-l", "1", "-r", "60", "-png", "-singlefile", pdf, _temp.File("page1"));
        var received = await File.ReadAllBytesAsync(_temp.File("page1.png"));
        if (Approvals.ApproveIfAsked(PageOneName, received)) return;

        var (expected, actual) = (Png.Decode(File.ReadAllBytes(Approvals.ApprovedPath(PageOneName))), Png.Decode(received));

        var differing = expected.Width == actual.Width && expected.Height == actual.Height ? actual.CountDifferences(expected, ChannelTolerance) : int.MaxValue;
        var fraction = differing / (double)(expected.Width * expected.Height);
        if (fraction > MaxDifferingFraction) File.WriteAllBytes(Approvals.ReceivedPath(PageOneName), received);
        Assert.True(fraction <= MaxDifferingFraction, $"page 1 differs in {fraction:P2} of pixels (allowed {MaxDifferingFraction:P1}); see {Approvals.ReceivedPath(PageOneName)}");
    }

    private static int FirstDifferentLine(string approved, string received)
    {
        var (a, r) = (approved.Split('\n'), received.Split('\n'));
        for (var i = 0; i < Math.Min(a.Length, r.Length); i++) if (a[i] != r[i]) return i + 1;
        return Math.Min(a.Length, r.Length) + 1;
    }
}
