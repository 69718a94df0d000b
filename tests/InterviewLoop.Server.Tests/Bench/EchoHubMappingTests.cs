using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Bench;
using InterviewLoop.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace InterviewLoop.Server.Tests.Bench;

/// <summary>The benchmark's echo hub and runtime counters exist only when <c>InterviewLoop:Bench=true</c>; a normal server has no such door.</summary>
public sealed class EchoHubMappingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task BenchRuntime_CountsTheCollectionsBetweenTwoReads_AndRefusesAnonymousCallers()
    {
        var app = InterviewLoopApp.Build(
        [
            "--urls", "http://127.0.0.1:0", $"--Database:Path={_temp.File("interviewloop.db")}",
            "--InterviewLoop:SeedDemoUsers=true", "--InterviewLoop:Bench=true", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        try
        {
            using var anonymous = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.Urls.Single()) };
            await client.SignInAsync("dana");

            var first = await client.GetFromJsonAsync<BenchRuntime>("/api/bench/runtime");
            GC.Collect(); // the server runs in this test's process, so this is one of its collections
            GC.WaitForPendingFinalizers();
            var second = await client.GetFromJsonAsync<BenchRuntime>("/api/bench/runtime");

            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/bench/runtime")).StatusCode);
            Assert.True(second!.Gen2Collections > first!.Gen2Collections, $"gen2 collections {first.Gen2Collections} then {second.Gen2Collections}");
            Assert.True(second.Gen0Collections > first.Gen0Collections && second.PauseMs > first.PauseMs);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

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
            var runtime = await client.GetAsync("/api/bench/runtime");

            Assert.Equal(expected, negotiate.StatusCode);
            Assert.Equal(expected, runtime.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
