using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Server.Scoring.Room;

/// <summary>Someone with at least one page open on a round.</summary>
/// <param name="UserId">User id.</param>
/// <param name="DisplayName">Name shown to the room.</param>
/// <param name="Devices">How many pages (connections) they have open on the round.</param>
public sealed record Presence(string UserId, string DisplayName, int Devices);

/// <summary>Who is in a round, and the presence version it was read at.</summary>
/// <param name="Version">Grows with every join and leave in this process, and starts past any version of an earlier process (see <see cref="RoomPresence"/>).</param>
/// <param name="People">Who is in the round, in order of user id.</param>
public sealed record PresenceSnapshot(long Version, IReadOnlyList<Presence> People);

/// <summary>
/// Who has a page open on which round, by SignalR connection. In memory and per process: after a
/// restart it refills as pages reconnect and join again. Thread-safe.
/// Every join and leave gets a new version, so a page can refuse a presence list read before one it has
/// already shown: two joins on different threads may push their lists in the other order. A version is
/// the larger of the previous one plus one and the clock in microseconds since 1970, so that the
/// versions of a restarted server start past those of the process before it (a hybrid logical clock).
/// </summary>
/// <param name="clock">The server's clock (for versions across restarts).</param>
internal sealed class RoomPresence(TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<string, (ScorecardViewer Viewer, string DisplayName)>> _rooms = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Records that <paramref name="connectionId"/> of <paramref name="viewer"/> joined <paramref name="roundKey"/>.</summary>
    public void Join(string roundKey, string connectionId, ScorecardViewer viewer, string displayName)
    {
        lock (_lock)
        {
            if (!_rooms.TryGetValue(roundKey, out var room)) _rooms[roundKey] = room = new(StringComparer.Ordinal);
            room[connectionId] = (viewer, displayName);
            Advance();
        }
    }

    /// <summary>Forgets <paramref name="connectionId"/> everywhere; returns the rounds it was in.</summary>
    public IReadOnlyList<string> Leave(string connectionId)
    {
        lock (_lock)
        {
            var left = _rooms.Where(r => r.Value.Remove(connectionId)).Select(r => r.Key).ToArray();
            foreach (var key in left.Where(k => _rooms[k].Count == 0)) _rooms.Remove(key);
            if (left.Length > 0) Advance();
            return left;
        }
    }

    /// <summary>Who is in <paramref name="roundKey"/>, in order of user id.</summary>
    public IReadOnlyList<Presence> In(string roundKey) => Snapshot(roundKey).People;

    /// <summary>Who is in <paramref name="roundKey"/> and the version that list was read at, read together.</summary>
    public PresenceSnapshot Snapshot(string roundKey)
    {
        lock (_lock)
        {
            if (!_rooms.TryGetValue(roundKey, out var room)) return new PresenceSnapshot(_version, []);
            var people = room.Values.GroupBy(u => u.Viewer.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Presence(g.Key, g.First().DisplayName, g.Count())).ToArray();
            return new PresenceSnapshot(_version, people);
        }
    }

    /// <summary>The distinct viewers with a page open on <paramref name="roundKey"/> (for per-viewer pushes).</summary>
    public IReadOnlyList<ScorecardViewer> ViewersIn(string roundKey)
    {
        lock (_lock)
        {
            return _rooms.TryGetValue(roundKey, out var room) ? room.Values.Select(u => u.Viewer).Distinct().ToArray() : [];
        }
    }

    // Under the lock. Microseconds keep a JavaScript number exact (under 2^53 until the year 2255).
    private void Advance() => _version = Math.Max(_version + 1, clock.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
}
