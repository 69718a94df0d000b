namespace InterviewLoop.Grains.Storage;

/// <summary>
/// A process-local <see cref="IEventStore"/> with the same conflict rules as the SQL stores.
/// For unit tests of grains and for tools that need no database.
/// </summary>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Dictionary<string, List<StoredEvent>> _streams = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _position;

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> ReadAsync(string streamId, long afterVersion, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredEvent> events = _streams.TryGetValue(streamId, out var s)
                ? s.Where(e => e.Version > afterVersion).ToArray()
                : [];
            return Task.FromResult(events);
        }
    }

    /// <inheritdoc />
    public Task<long> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken ct = default)
    {
        lock (_gate)
        {
            foreach (var a in appends)
            {
                if (VersionOf(a.StreamId) != a.ExpectedVersion) throw new ConcurrencyConflictException(a.StreamId, a.ExpectedVersion);
            }
            foreach (var a in appends) Write(a);
            return Task.FromResult(_position);
        }
    }

    private long VersionOf(string streamId) => _streams.TryGetValue(streamId, out var s) ? s.Count : 0;

    private void Write(StreamAppend append)
    {
        if (!_streams.TryGetValue(append.StreamId, out var stream)) _streams[append.StreamId] = stream = [];
        foreach (var e in append.Events) stream.Add(new StoredEvent(append.StreamId, stream.Count + 1, e, ++_position));
    }
}
