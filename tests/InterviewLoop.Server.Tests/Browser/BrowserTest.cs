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

    /// <summary>Opens <paramref name="path"/> in a new browser context, is sent to /login, signs in and lands back.</summary>
    protected Task<ScoringPage> NewSignedInPageAsync(RunningServer server, string username, string path = "/", ViewportSize? viewport = null) =>
        NewSignedInPageAsync(server.Address, username, path, viewport);

    /// <summary>As above, against any address (a relay, or a server running as a child process).</summary>
    protected async Task<ScoringPage> NewSignedInPageAsync(Uri address, string username, string path = "/", ViewportSize? viewport = null)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = address.ToString(),
            ViewportSize = viewport ?? new() { Width = 1280, Height = 900 },
        });
        _contexts.Add(context);
        var page = new ScoringPage(await context.NewPageAsync());
        await page.Page.GotoAsync(path);
        await Expect(page.Page).ToHaveURLAsync(new Regex("/login"));
        await page.SignInAsync(username);
        await Expect(page.Page).Not.ToHaveURLAsync(new Regex("/login"));
        return page;
    }
}
