namespace InterviewLoop.Server.Tests.Support;

/// <summary>Base of API tests: each test gets its own temp database and its own running server.</summary>
public abstract class ServerTest : IAsyncLifetime
{
    protected const string SampleLoopId = "loop-2026-0142";

    private readonly TempDirectory _temp = new();
    private readonly List<HubTestClient> _hubs = [];

    protected RunningServer Server { get; private set; } = null!;

    protected string DatabasePath => _temp.File("interviewloop.db");

    public async Task InitializeAsync() => Server = await StartServerAsync();

    /// <summary>Starts this test's server; override to pass a clock or settings.</summary>
    protected virtual Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(DatabasePath);

    public async Task DisposeAsync()
    {
        foreach (var hub in _hubs) await hub.DisposeAsync();
        await Server.DisposeAsync();
        _temp.Dispose();
    }

    /// <summary>A scoring-hub connection signed in as the demo user <paramref name="username"/>.</summary>
    protected async Task<HubTestClient> HubAsAsync(string username)
    {
        var cookies = new System.Net.CookieContainer();
        var client = Server.NewClient(cookies);
        await client.SignInAsync(username);
        return await ConnectHubAsync(client, cookies);
    }

    /// <summary>A scoring-hub connection with the cookies of <paramref name="client"/> (again after the server ended one).</summary>
    protected async Task<HubTestClient> ConnectHubAsync(HttpClient client, System.Net.CookieContainer cookies)
    {
        var hub = await HubTestClient.ConnectAsync(client, cookies);
        _hubs.Add(hub);
        return hub;
    }

    /// <summary>A client signed in as the demo user <paramref name="username"/>.</summary>
    protected async Task<HttpClient> SignedInAsync(string username)
    {
        var client = Server.NewClient();
        await client.SignInAsync(username);
        return client;
    }
}
