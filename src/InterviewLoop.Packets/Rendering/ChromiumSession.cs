using Microsoft.Playwright;

namespace InterviewLoop.Packets.Rendering;

/// <summary>One warm Chromium per renderer: started on first use, restarted if it went away.</summary>
internal sealed class ChromiumSession(PdfRendererOptions options) : IAsyncDisposable
{
    // Chromium must not phone home or update itself while it prints a packet.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<IBrowser> GetBrowserAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true }) return _browser;
            return _browser = await LaunchAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _gate.Dispose();
    }

    private async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(options.ExecutablePath))
            throw new PacketRenderException($"Chromium not found at '{options.ExecutablePath}' (set {PdfRendererOptions.ChromiumVariable} to its path)");
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            return await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = options.ExecutablePath,
                Headless = true,
                Args = Args,
                Timeout = options.LaunchTimeoutMilliseconds,
            });
        }
        catch (PlaywrightException e)
        {
            throw new PacketRenderException($"Chromium at '{options.ExecutablePath}' did not start: {e.Message.Split('\n')[0]}", e);
        }
    }
}
