using System.Net;
using Microsoft.AspNetCore.Builder;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>The real app on real Kestrel (a free port on 127.0.0.1) over a SQLite file.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address) => (_app, Address) = (app, address);

    public Uri Address { get; }

    /// <summary>Starts a server on <paramref name="databasePath"/> with the demo users and the sample loop.</summary>
    public static async Task<RunningServer> StartAsync(string databasePath, bool withSampleLoop = true, bool seedDemoUsers = true)
    {
        List<string> args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Database:Path={databasePath}",
            $"--InterviewLoop:SeedDemoUsers={seedDemoUsers}",
            "--Logging:LogLevel:Default=Warning",
        ];
        if (withSampleLoop) args.Add($"--InterviewLoop:SampleLoop={RepoFiles.SampleLoop}");
        var app = InterviewLoopApp.Build([.. args]);
        await app.StartAsync();
        return new RunningServer(app, new Uri(app.Urls.Single()));
    }

    /// <summary>A client with its own cookie jar; redirects are not followed, so tests see them.</summary>
    public HttpClient NewClient() => NewClient(new CookieContainer());

    /// <summary>A client using <paramref name="cookies"/> (to share them with a hub connection).</summary>
    public HttpClient NewClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
