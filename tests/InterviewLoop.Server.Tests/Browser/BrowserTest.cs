using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>Base of browser tests: a temp folder for the database, and browser contexts closed after each test.</summary>
[Collection(BrowserGroup.Name)]
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    protected const string LoopId = "loop-2026-0142";
    private readonly List<IBrowserContext> _contexts = [];

    protected TempDirectory Temp { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        Temp.Dispose();
    }

    /// <summary>An HTTP client signed in as <paramref name="username"/> (to read what the server stored).</summary>
    protected static async Task<HttpClient> SignedInApiAsync(RunningServer server, string username)
    {
        var client = server.NewClient();
        await client.SignInAsync(username);
        return client;
    }

    /// <summary>Runs <paramref name="script"/> (a JS function, which imports the page modules it tests) in a signed-in page of a fresh server.</summary>
    protected async Task<T> InPageAsync<T>(string script)
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"));
        var page = (await NewSignedInPageAsync(server, "dana")).Page;
        return await page.EvaluateAsync<T>(script);
    }

    /// <summary>An agenda and a running clock on r4, as its lead would set them before the candidate joins.</summary>
    protected static async Task PrepareRoomAsync(RunningServer server)
    {
        var dana = await SignedInApiAsync(server, "dana");
        var items = new[]
        {
            new { prompt = "Design the ingest path for 40k events a second", minutes = 30, dimension = "judgment" },
            new { prompt = "An outage you owned end to end", minutes = 15, dimension = "production_ownership" },
        };
        (await dana.PutAsJsonAsync($"{SampleRounds.R4}/agenda", new { items })).EnsureSuccessStatusCode();
        (await dana.PostAsync($"{SampleRounds.R4}/clock/start", null)).EnsureSuccessStatusCode();
    }

    /// <summary>Opens <paramref name="path"/> in a new browser context, is sent to /login, signs in and lands back.</summary>
    protected Task<ScoringPage> NewSignedInPageAsync(RunningServer server, string username, string path = "/", ViewportSize? viewport = null) =>
        NewSignedInPageAsync(server.Address, username, path, viewport);

    /// <summary>As above, against any address (a relay, or a server running as a child process).</summary>
    protected Task<ScoringPage> NewSignedInPageAsync(Uri address, string username, string path = "/", ViewportSize? viewport = null) =>
        NewSignedInPageAsync(address, username, path, new BrowserNewContextOptions { ViewportSize = viewport ?? new() { Width = 1280, Height = 900 } });

    /// <summary>As above, in a browser context made with <paramref name="options"/> (e.g. <see cref="PhoneContext"/>).</summary>
    protected async Task<ScoringPage> NewSignedInPageAsync(Uri address, string username, string path, BrowserNewContextOptions options)
    {
        var page = await NewPageAsync(address, options);
        await page.Page.GotoAsync(path);
        await Expect(page.Page).ToHaveURLAsync(new Regex("/login"));
        await page.SignInAsync(username);
        await Expect(page.Page).Not.ToHaveURLAsync(new Regex("/login"));
        return page;
    }

    /// <summary>A blank page, not signed in, in a new browser context made with <paramref name="options"/>; <paramref name="address"/> is its base URL.</summary>
    protected async Task<ScoringPage> NewPageAsync(Uri address, BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL = address.ToString();
        var context = await browser.Browser.NewContextAsync(options);
        _contexts.Add(context);
        return new ScoringPage(await context.NewPageAsync());
    }

    /// <summary>
    /// A phone's browser: 390 × 844 css px at 3 device pixels each, touch, and mobile viewport rules (as on a
    /// real phone, a page wider than the screen widens the layout viewport instead of being cut off).
    /// </summary>
    protected static BrowserNewContextOptions PhoneContext() => new()
    {
        ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 3, IsMobile = true, HasTouch = true,
    };
}
