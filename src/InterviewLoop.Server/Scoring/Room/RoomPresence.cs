using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Server.Scoring.Room;

/// <summary>Someone with at least one page open on a round.</summary>
/// <param name="UserId">User id.</param>
/// <param name="DisplayName">Name shown to the room.</param>
/// <param name="Devices">How many pages (connections) they have open on the round.</param>
public sealed record Presence(string UserId, string DisplayName, int Devices);

/// <summary>
/// Who has a page open on which round, by SignalR connection. In memory and per process: after a
/// restart it refills as pages reconnect and join again. Thread-safe.
/// </summary>
internal sealed class RoomPresence
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<string, (ScorecardViewer Viewer, string DisplayName)>> _rooms = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="connectionId"/> of <paramref name="viewer"/> joined <paramref name="roundKey"/>.</summary>
    public void Join(string roundKey, string connectionId, ScorecardViewer viewer, string displayName)
    {
        lock (_lock)
        {
            if (!_rooms.TryGetValue(roundKey, out var room)) _rooms[roundKey] = room = new(StringComparer.Ordinal);
            room[connectionId] = (viewer, displayName);
        }
    }

    /// <summary>Forgets <paramref name="connectionId"/> everywhere; returns the rounds it was in.</summary>
    public IReadOnlyList<string> Leave(string connectionId)
    {
        lock (_lock)
        {
            var left = _rooms.Where(r => r.Value.Remove(connectionId)).Select(r => r.Key).ToArray();
            foreach (var key in left.Where(k => _rooms[k].Count == 0)) _rooms.Remove(key);
            return left;
        }
    }

    /// <summary>Who is in <paramref name="roundKey"/>, in order of user id.</summary>
    public IReadOnlyList<Presence> In(string roundKey)
    {
        lock (_lock)
        {
            if (!_rooms.TryGetValue(roundKey, out var room)) return [];
            return room.Values.GroupBy(u => u.Viewer.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Presence(g.Key, g.First().DisplayName, g.Count())).ToArray();
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
}
