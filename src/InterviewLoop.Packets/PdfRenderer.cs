using Microsoft.Playwright;

namespace InterviewLoop.Packets;

/// <summary>
/// Prints HTML packets to PDF with Debian's Chromium through Playwright. The browser starts on
/// first use and stays warm for later packets (starting it costs far more than a page); pages
/// are independent, so concurrent calls are safe. Never downloads a browser.
/// </summary>
/// <param name="options">Where Chromium is; <see cref="PdfRendererOptions.FromEnvironment"/> when <c>null</c>.</param>
public sealed class PdfRenderer(PdfRendererOptions? options = null) : IAsyncDisposable
{
    private const string Footer = """
        <div style="width:100%;font-size:8px;color:#566275;text-align:center;font-family:sans-serif">
        InterviewLoop debrief packet · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>
        """;

    private readonly ChromiumSession _chromium = new(options ?? PdfRendererOptions.FromEnvironment());

    /// <summary>
    /// Renders <paramref name="html"/> to an A4 PDF (backgrounds printed, page numbers in the footer) and
    /// writes it to <paramref name="path"/> via a temp file in the same directory, so a failure or a
    /// cancellation never leaves a partial file there. Creates the directory when needed.
    /// </summary>
    /// <exception cref="PacketRenderException">Chromium could not start or print; nothing was written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled; nothing was written.</exception>
    public async Task WritePdfAsync(string html, string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var pdf = await RenderAsync(html, ct);
        ct.ThrowIfCancellationRequested();
        await AtomicFile.WriteAsync(path, pdf, ct);
    }

    /// <summary>Closes the browser and the Playwright driver.</summary>
    public ValueTask DisposeAsync() => _chromium.DisposeAsync();

    private async Task<byte[]> RenderAsync(string html, CancellationToken ct)
    {
        var browser = await _chromium.GetBrowserAsync(ct);
        try
        {
            var page = await browser.NewPageAsync().WaitAsync(ct);
            await using var _ = page.Context;
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
            return await page.PdfAsync(PdfOptions()).WaitAsync(ct);
        }
        catch (PlaywrightException e)
        {
            throw new PacketRenderException($"Chromium could not print the packet: {e.Message.Split('\n')[0]}", e);
        }
    }

    private static PagePdfOptions PdfOptions() => new()
    {
        Format = "A4",
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = "<span></span>",
        FooterTemplate = Footer,
        Margin = new Margin
        {
            Top = PacketTypography.MarginTop,
            Bottom = PacketTypography.MarginBottom,
            Left = PacketTypography.MarginSide,
            Right = PacketTypography.MarginSide,
        },
    };
}
