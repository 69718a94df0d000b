using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Auth.Live;

/// <summary>
/// The open scoring-hub connections, each also kept in its own <see cref="HubCallerContext.Items"/> so that the
/// call path finds it without a shared lookup. <see cref="HubUserRecheck"/> adds and removes them.
/// </summary>
/// <param name="options">The recheck interval.</param>
internal sealed class LiveConnections(UserRecheckOptions options)
{
    private static readonly object ItemKey = new();
    private readonly ConcurrentDictionary<string, LiveConnection> _open = new(StringComparer.Ordinal);

    /// <summary>
    /// Registers <paramref name="context"/>. Its principal was last checked when its sign-in cookie was (the cookie
    /// is rechecked on the request that opens the connection), so the first check is due an interval after that.
    /// </summary>
    public LiveConnection Add(HubCallerContext context)
    {
        var checkedAt = SessionClaims.CheckedAt(context.User!) ?? DateTimeOffset.MinValue;
        var connection = new LiveConnection(context, checkedAt + options.Interval);
        context.Items[ItemKey] = connection;
        _open[context.ConnectionId] = connection;
        return connection;
    }

    /// <summary>The registered connection of <paramref name="context"/>, or <c>null</c>.</summary>
    public static LiveConnection? Of(HubCallerContext context) =>
        context.Items.TryGetValue(ItemKey, out var item) ? item as LiveConnection : null;

    /// <summary>Forgets a closed connection.</summary>
    public void Remove(HubCallerContext context) => _open.TryRemove(context.ConnectionId, out _);

    /// <summary>The open connections due a check at or before <paramref name="at"/>.</summary>
    public IReadOnlyList<LiveConnection> DueBy(DateTimeOffset at) => _open.Values.Where(c => c.IsDue(at)).ToArray();
}
