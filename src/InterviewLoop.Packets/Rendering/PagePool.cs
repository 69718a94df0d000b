using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace InterviewLoop.Packets.Rendering;

/// <summary>
/// Warm Chromium pages for reuse. Opening a page (and its browser context) costs more than printing a
/// packet, so a page that printed cleanly goes back to the pool for the next packet. Reuse is safe
/// here: packets run no scripts, load nothing and set no cookies, and every packet replaces the whole
/// document. A page that failed or was cancelled mid-print is closed instead, and pages of a browser
/// that went away are dropped.
/// </summary>
/// <param name="chromium">The browser the pages belong to.</param>
/// <param name="keep">How many idle pages to keep; more are closed when returned.</param>
internal sealed class PagePool(ChromiumSession chromium, int keep)
{
    private readonly ConcurrentQueue<IPage> _idle = new();

    /// <summary>The browser session; disposing it closes every page.</summary>
    public ChromiumSession Chromium => chromium;

    public async Task<IPage> RentAsync(CancellationToken ct)
    {
        var browser = await chromium.GetBrowserAsync(ct);
        while (_idle.TryDequeue(out var page))
        {
            if (!page.IsClosed && browser.IsConnected && ReferenceEquals(page.Context.Browser, browser)) return page;
            await CloseAsync(page);
        }
        return await browser.NewPageAsync().WaitAsync(ct);
    }

    public async Task ReturnAsync(IPage page)
    {
        if (page.IsClosed || _idle.Count >= keep) await CloseAsync(page);
        else _idle.Enqueue(page);
    }

    /// <summary>Closes a page and its context, ignoring a browser that is already gone.</summary>
    public static async Task CloseAsync(IPage page)
    {
        try
        {
            await page.Context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser or the page is gone already: nothing left to close.
        }
    }
}
