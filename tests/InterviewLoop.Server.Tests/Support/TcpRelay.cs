using System.Net;
using System.Net.Sockets;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>
/// A TCP relay between a browser and the server, so a test can pull the network from under a page:
/// <see cref="Cut"/> drops every relayed connection (the page's WebSocket dies mid-session) and
/// refuses new ones until <see cref="Restore"/>. The server never notices anything but closed sockets.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(TcpClient Inner, TcpClient Outer)> _open = [];
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpRelay(Uri target)
    {
        _target = target;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>Closes every relayed connection and refuses new ones.</summary>
    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            foreach (var (inner, outer) in _open) { inner.Dispose(); outer.Dispose(); }
            _open.Clear();
        }
    }

    /// <summary>Lets connections through again.</summary>
    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try { await _accepting; } catch (OperationCanceledException) { } catch (ObjectDisposedException) { } catch (SocketException) { }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var outer = await _listener.AcceptTcpClientAsync(_stop.Token);
            if (_cut) { outer.Dispose(); continue; }
            _ = RelayAsync(outer);
        }
    }

    private async Task RelayAsync(TcpClient outer)
    {
        var inner = new TcpClient();
        try
        {
            await inner.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            lock (_open) _open.Add((inner, outer));
            using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            await Task.WhenAny(outer.GetStream().CopyToAsync(inner.GetStream(), done.Token), inner.GetStream().CopyToAsync(outer.GetStream(), done.Token));
            await done.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException) { /* cut or closed */ }
        finally
        {
            lock (_open) _open.Remove((inner, outer));
            inner.Dispose();
            outer.Dispose();
        }
    }
}
