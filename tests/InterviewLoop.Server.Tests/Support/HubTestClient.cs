using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>
/// A minimal SignalR JSON-protocol client over a WebSocket (the .NET SignalR client is not on our
/// package feed). Enough for tests: negotiate, handshake, invoke with completion, and received pushes.
/// </summary>
public sealed partial class HubTestClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _calls = new();
    private readonly Channel<JsonElement> _pushes = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private Task _reader = Task.CompletedTask;
    private int _nextId;

    private HubTestClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>Connects to /hubs/scoring with the cookies of a signed-in client.</summary>
    public static async Task<HubTestClient> ConnectAsync(HttpClient http, CookieContainer cookies)
    {
        var negotiate = await http.PostAsync("/hubs/scoring/negotiate?negotiateVersion=1", null);
        negotiate.EnsureSuccessStatusCode();
        var token = (await negotiate.JsonAsync()).GetProperty("connectionToken").GetString();
        var socket = new ClientWebSocket { Options = { Cookies = cookies } };
        var uri = new UriBuilder(http.BaseAddress!) { Scheme = "ws", Path = "/hubs/scoring", Query = $"id={token}" }.Uri;
        await socket.ConnectAsync(uri, CancellationToken.None);
        var client = new HubTestClient(socket);
        await client.SendAsync(new { protocol = "json", version = 1 });
        client._reader = client.ReadAsync();
        return client;
    }

    /// <summary>
    /// Invokes <paramref name="target"/>; returns the completion message (with <c>result</c> or <c>error</c>), or throws
    /// <see cref="HubClosedException"/> when the connection closes first.
    /// </summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString();
        var call = _calls[id] = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            if (_reader.IsCompleted) throw new HubClosedException();
            await SendAsync(new { type = 1, invocationId = id, target, arguments });
        }
        catch (WebSocketException)
        {
            throw new HubClosedException();
        }
        return await call.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>The next push to <paramref name="target"/> (e.g. <c>ScorecardChanged</c>), skipping others, waiting up to 15 seconds.</summary>
    public Task<JsonElement> NextPushAsync(string target) => NextPushAsync(target, _ => true);

    /// <summary>The next push to <paramref name="target"/> whose argument matches <paramref name="where"/>, skipping others.</summary>
    public async Task<JsonElement> NextPushAsync(string target, Func<JsonElement, bool> where)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var push = await _pushes.Reader.ReadAsync(timeout.Token);
            if (push.GetProperty("target").GetString() == target && where(push.GetProperty("arguments")[0])) return push.GetProperty("arguments")[0];
        }
    }

    /// <summary>Pushes received and not yet taken.</summary>
    public IReadOnlyList<JsonElement> TakeReceivedPushes()
    {
        var received = new List<JsonElement>();
        while (_pushes.Reader.TryRead(out var push)) received.Add(push);
        return received;
    }

    /// <summary>Completes when the connection is gone (closed by either side, or the server died).</summary>
    public Task Closed => _reader;

    // A WebSocket takes one send at a time; tests fire many invocations without waiting.
    private async Task SendAsync(object message)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message) + RecordSeparator);
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync();
        try { await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
        catch (WebSocketException) { /* already gone */ }
        await _reader;
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }
}
