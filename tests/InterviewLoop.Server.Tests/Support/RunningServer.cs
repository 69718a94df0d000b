using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>The real app on real Kestrel (a free port on 127.0.0.1) over a SQLite file.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private RunningServer(WebApplication app, Uri address) => (_app, Address) = (app, address);

    public Uri Address { get; }

    /// <summary>Starts a server on <paramref name="databasePath"/> with the demo users and the sample loop.</summary>
    /// <param name="clock">A clock to use instead of the system's (events, the room's timer, overdue feedback).</param>
    /// <param name="settings">More command-line settings, e.g. <c>--InterviewLoop:FeedbackDueAfter=02:00:00</c>.</param>
    public static async Task<RunningServer> StartAsync(
        string databasePath, bool withSampleLoop = true, bool seedDemoUsers = true, string url = "http://127.0.0.1:0",
        TimeProvider? clock = null, IEnumerable<string>? settings = null)
    {
        List<string> args =
        [
            "--urls", url,
            $"--Database:Path={databasePath}",
            $"--InterviewLoop:SeedDemoUsers={seedDemoUsers}",
            "--Logging:LogLevel:Default=Warning",
            // Every start hashes seven demo passwords: the production cost would dominate the test run.
            "--Auth:PasswordHashIterations=1000",
            // Keys sit unencrypted beside a throwaway database here; the warning says so on every start.
            "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error",
        ];
        if (withSampleLoop) args.Add($"--InterviewLoop:SampleLoop={RepoFiles.SampleLoop}");
        args.AddRange(settings ?? []);
        var app = InterviewLoopApp.Build([.. args], clock is null ? null : services => services.AddSingleton(clock));
        await app.StartAsync();
        return new RunningServer(app, new Uri(app.Urls.Single()));
    }

    /// <summary>A client with its own cookie jar; redirects are not followed, so tests see them.</summary>
    public HttpClient NewClient() => NewClient(new CookieContainer());

    /// <summary>A client using <paramref name="cookies"/> (to share them with a hub connection).</summary>
    public HttpClient NewClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Stops the server; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
