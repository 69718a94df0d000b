using System.Net;
using InterviewLoop.Server.Tests.Support;
using static InterviewLoop.Server.Tests.Support.HubMessages;

namespace InterviewLoop.Server.Tests.Hub;

/// <summary>An acknowledgement means durable: the server killed with SIGKILL mid-burst loses no acknowledged change.</summary>
public sealed class ServerKillTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<(HttpClient Http, HubTestClient Hub)> DanaAsync(Uri address)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = address };
        await http.SignInAsync("dana");
        return (http, await HubTestClient.ConnectAsync(http, cookies));
    }

    [Fact]
    public async Task ServerKilledWhileChangesAreInFlight_KeepsEveryAcknowledgedChange()
    {
        var database = _temp.File("interviewloop.db");
        var port = ServerProcess.FreePort();
        var server = await ServerProcess.StartAsync(database, port);
        var (_, hub) = await DanaAsync(server.Address);
        var calls = Enumerable.Range(0, 60)
            .Select(i => hub.InvokeAsync("Change", Loop, "r4", new { operationId = $"burst-{i}", field = "note", dimension = "scope", value = $"note {i}" }))
            .ToArray();
        await Polling.UntilAsync(() => calls.Count(c => c.IsCompletedSuccessfully) >= 10);

        await server.KillAsync();
        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(15));
        var acknowledged = calls.Select((call, i) => (call, i))
            .Where(c => c.call.IsCompletedSuccessfully && c.call.Result.TryGetProperty("result", out _))
            .Select(c => (Sequence: c.call.Result.GetProperty("result").GetProperty("sequence").GetInt64(), OperationId: $"burst-{c.i}"))
            .ToArray();
        await using var restarted = await ServerProcess.StartAsync(database, port);
        var (_, after) = await DanaAsync(restarted.Address);
        var stored = (await after.InvokeAsync("Catchup", Loop, "r4", 0L)).GetProperty("result");

        var durable = stored.GetProperty("changes").EnumerateArray()
            .Select(c => (Sequence: c.GetProperty("sequence").GetInt64(), OperationId: c.GetProperty("operationId").GetString()!)).ToHashSet();
        Assert.True(acknowledged.Length >= 10);
        Assert.All(acknowledged, ack => Assert.Contains(ack, durable));
        await hub.DisposeAsync();
        await after.DisposeAsync();
        await server.DisposeAsync();
    }
}
