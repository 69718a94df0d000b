namespace InterviewLoop.Grains.Storage;

/// <summary>An event read back from a stream.</summary>
/// <param name="StreamId">Stream id, e.g. <c>round/loop-1/r2</c>.</param>
/// <param name="Version">1-based position of the event within its stream.</param>
/// <param name="Event">The deserialized domain event.</param>
/// <param name="Position">Global, strictly increasing position across all streams (the event-log position).</param>
public sealed record StoredEvent(string StreamId, long Version, object Event, long Position);

/// <summary>Events to append to one stream, valid only if the stream is still at <paramref name="ExpectedVersion"/>.</summary>
/// <param name="StreamId">Target stream.</param>
/// <param name="ExpectedVersion">The version the writer last read (0 for a new stream).</param>
/// <param name="Events">Domain events, in order; at least one.</param>
public sealed record StreamAppend(string StreamId, long ExpectedVersion, IReadOnlyList<object> Events);

/// <summary>
/// Append-only, per-stream event log. Each stream's versions are unique and gap-free; the store
/// (not the grain host) is what makes two writers on one database safe: of two appends at the
/// same expected version exactly one wins, and the other gets <see cref="ConcurrencyConflictException"/>.
/// </summary>
public interface IEventStore
{
    /// <summary>Events of <paramref name="streamId"/> with version greater than <paramref name="afterVersion"/>, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadAsync(string streamId, long afterVersion, CancellationToken ct = default);

    /// <summary>
    /// Appends every batch atomically (all or none) and returns the global position of the last
    /// event written. Throws <see cref="ConcurrencyConflictException"/> when any stream moved past
    /// its expected version; nothing is written then.
    /// </summary>
    Task<long> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken ct = default);
}

/// <summary>A stream was not at the version the writer expected: another writer got there first.</summary>
public sealed class ConcurrencyConflictException(string streamId, long expectedVersion, Exception? inner = null)
    : Exception($"Stream '{streamId}' moved past version {expectedVersion}; another writer appended first.", inner)
{
    /// <summary>The stream that moved.</summary>
    public string StreamId { get; } = streamId;

    /// <summary>The version the writer expected.</summary>
    public long ExpectedVersion { get; } = expectedVersion;
}
