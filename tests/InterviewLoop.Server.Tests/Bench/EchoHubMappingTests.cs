using System.Net;
using InterviewLoop.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace InterviewLoop.Server.Tests.Bench;

/// <summary>The benchmark's echo hub exists only when <c>InterviewLoop:Bench=true</c>; a normal server has no such door.</summary>
public sealed class EchoHubMappingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(false, HttpStatusCode.NotFound)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task EchoHub_IsMappedOnlyWithTheBenchFlag(bool bench, HttpStatusCode expected)
    {
        var app = InterviewLoopApp.Build(
        [
            "--urls", "http://127.0.0.1:0", $"--Database:Path={_temp.File("interviewloop.db")}",
            "--InterviewLoop:SeedDemoUsers=true", $"--InterviewLoop:Bench={bench}", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.Urls.Single()) };
            await client.SignInAsync("dana");

            var negotiate = await client.PostAsync("/hubs/echo/negotiate?negotiateVersion=1", null);

            Assert.Equal(expected, negotiate.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
