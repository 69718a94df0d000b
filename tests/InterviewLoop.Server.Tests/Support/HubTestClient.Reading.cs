using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>Reading side: splits frames into records and routes completions and pushes.</summary>
public sealed partial class HubTestClient
{
    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try { result = await _socket.ReceiveAsync(buffer, _stop.Token); }
            catch (Exception) { break; }
            if (result.MessageType == WebSocketMessageType.Close) break;
            pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            Dispatch(pending);
        }
        // Calls the server never answered fail at once instead of waiting for their timeout.
        foreach (var call in _calls.Values) call.TrySetException(new HubClosedException());
    }

    private void Dispatch(StringBuilder pending)
    {
        var text = pending.ToString();
        var end = text.LastIndexOf(RecordSeparator);
        if (end < 0) return;
        pending.Remove(0, end + 1);
        foreach (var record in text[..end].Split(RecordSeparator))
        {
            var message = JsonDocument.Parse(record).RootElement.Clone();
            if (!message.TryGetProperty("type", out var type)) continue; // the handshake answer, {}
            if (type.GetInt32() == 3 && _calls.TryRemove(message.GetProperty("invocationId").GetString()!, out var call)) call.SetResult(message);
            else if (type.GetInt32() == 1) _pushes.Writer.TryWrite(message);
        }
    }
}

/// <summary>The connection closed before the server answered the call.</summary>
public sealed class HubClosedException() : Exception("The hub connection closed before the call was answered.");
