using Microsoft.Playwright;

namespace InterviewLoop.Packets.Rendering;

/// <summary>
/// Prints HTML packets to PDF with Debian's Chromium through Playwright. The browser starts on first
/// use (or at <see cref="StartWarmUp"/>) and stays warm, and printed pages are reused: starting a browser
/// or opening a page costs more than printing. Concurrent calls are safe; each holds its own page.
/// Never downloads a browser.
/// </summary>
/// <param name="options">Where Chromium is; <see cref="PdfRendererOptions.FromEnvironment"/> when <c>null</c>.</param>
public sealed class PdfRenderer(PdfRendererOptions? options = null) : IAsyncDisposable
{
    /// <summary>Idle pages kept for reuse: enough for the command line's and the server's concurrent prints.</summary>
    public const int WarmPages = 4;

    private readonly PagePool _pages = new(new ChromiumSession(options ?? PdfRendererOptions.FromEnvironment()), WarmPages);
    private Task _warmUp = Task.CompletedTask;

    /// <summary>
    /// Starts Chromium in the background while the caller does other work (opening the database, composing
    /// the first packet). A failure is not reported here: the first render tries again and reports it.
    /// </summary>
    public void StartWarmUp() =>
        _warmUp = Task.Run(async () =>
        {
            try
            {
                await _pages.ReturnAsync(await _pages.RentAsync(CancellationToken.None));
            }
            catch (PacketRenderException)
            {
                // Reported by the render that needs the browser.
            }
        });

    /// <summary>The PDF bytes of <paramref name="html"/> laid out by <paramref name="layout"/> (backgrounds printed).</summary>
    /// <exception cref="PacketRenderException">Chromium could not start or print.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<byte[]> RenderAsync(string html, PdfLayout layout, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(layout);
        ct.ThrowIfCancellationRequested();
        var page = await _pages.RentAsync(ct);
        try
        {
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
            var pdf = await page.PdfAsync(PrintOptions.For(layout)).WaitAsync(ct);
            await _pages.ReturnAsync(page);
            return pdf;
        }
        catch (Exception e)
        {
            await PagePool.CloseAsync(page);
            if (e is PlaywrightException) throw new PacketRenderException($"Chromium could not print the packet: {e.Message.Split('\n')[0]}", e);
            throw;
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

    /// <summary>Waits for a warm-up in flight, then closes the browser and the Playwright driver.</summary>
    public async ValueTask DisposeAsync()
    {
        await _warmUp;
        await _pages.Chromium.DisposeAsync();
    }
}
