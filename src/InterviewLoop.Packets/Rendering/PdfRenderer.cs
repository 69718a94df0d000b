using Microsoft.Playwright;

namespace InterviewLoop.Packets.Rendering;

/// <summary>
/// Prints HTML packets to PDF with Debian's Chromium through Playwright. The browser starts on
/// first use and stays warm for later packets (starting it costs far more than a page); each packet
/// gets a fresh page in its own context, so concurrent calls are safe. Never downloads a browser.
/// </summary>
/// <param name="options">Where Chromium is; <see cref="PdfRendererOptions.FromEnvironment"/> when <c>null</c>.</param>
public sealed class PdfRenderer(PdfRendererOptions? options = null) : IAsyncDisposable
{
    private readonly ChromiumSession _chromium = new(options ?? PdfRendererOptions.FromEnvironment());

    /// <summary>Starts Chromium now rather than on the first packet (e.g. when a server starts).</summary>
    /// <exception cref="PacketRenderException">Chromium could not start.</exception>
    public Task WarmUpAsync(CancellationToken ct = default) => _chromium.GetBrowserAsync(ct);

    /// <summary>The PDF bytes of <paramref name="html"/> laid out by <paramref name="layout"/> (backgrounds printed).</summary>
    /// <exception cref="PacketRenderException">Chromium could not start or print.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<byte[]> RenderAsync(string html, PdfLayout layout, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(layout);
        ct.ThrowIfCancellationRequested();
        var browser = await _chromium.GetBrowserAsync(ct);
        try
        {
            var page = await browser.NewPageAsync().WaitAsync(ct);
            await using var _ = page.Context;
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
            return await page.PdfAsync(PdfOptions(layout)).WaitAsync(ct);
        }
        catch (PlaywrightException e)
        {
            throw new PacketRenderException($"Chromium could not print the packet: {e.Message.Split('\n')[0]}", e);
        }
    }

    /// <summary>
    /// Renders like <see cref="RenderAsync"/> and writes the PDF to <paramref name="path"/> via a temp file in
    /// the same directory, so a failure or a cancellation never leaves a partial file there. Creates the directory.
    /// </summary>
    /// <exception cref="PacketRenderException">Chromium could not start or print; nothing was written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled; nothing was written.</exception>
    public async Task WritePdfAsync(string html, PdfLayout layout, string path, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var pdf = await RenderAsync(html, layout, ct);
        ct.ThrowIfCancellationRequested();
        await AtomicFile.WriteAsync(path, pdf, ct);
    }

    /// <summary>Closes the browser and the Playwright driver.</summary>
    public ValueTask DisposeAsync() => _chromium.DisposeAsync();

    private static PagePdfOptions PdfOptions(PdfLayout layout) => new()
    {
        Format = layout.Paper == PaperSize.Letter ? "Letter" : "A4",
        PreferCSSPageSize = true,
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = layout.HeaderHtml,
        FooterTemplate = layout.FooterHtml,
        Margin = new Margin
        {
            Top = PacketTypography.MarginTop,
            Bottom = PacketTypography.MarginBottom,
            Left = PacketTypography.MarginSide,
            Right = PacketTypography.MarginSide,
        },
    };
}
