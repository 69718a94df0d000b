using System.Data.Common;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.Events;

/// <summary>
/// Writes one stream's batch inside an open write transaction. The first event is inserted only if the
/// stream is at the expected version (one statement: the check and the insert, so a live edit costs one
/// round trip, not two); a stream at another version inserts nothing and is a conflict. Later events of
/// the batch follow it. The UNIQUE(stream_id, version) key is the final word when another writer slipped
/// in between (possible on databases without SQLite's up-front write lock).
/// </summary>
internal sealed class EventAppender(Database database, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
{
    private readonly IEventInserts _inserts = EventInserts.For(connection);

    /// <summary>Appends <paramref name="batch"/> and returns the global position of its last event.</summary>
    public async Task<long> AppendAsync(SerializedAppend batch)
    {
        var recordedAt = database.Now();
        long position = 0;
        for (var i = 0; i < batch.Events.Count; i++)
        {
            var (type, payload) = batch.Events[i];
            var values = new EventValues(batch.StreamId, batch.ExpectedVersion + i + 1, type, payload, recordedAt);
            position = await InsertAsync(values, i == 0 ? batch.ExpectedVersion : null, batch)
                ?? throw new ConcurrencyConflictException(batch.StreamId, batch.ExpectedVersion);
        }
        return position;
    }

    // Null when the checked insert found the stream at another version and inserted nothing.
    private async ValueTask<long?> InsertAsync(EventValues values, long? expected, SerializedAppend batch)
    {
        try
        {
            return await _inserts.InsertAsync(transaction, values, expected, ct);
        }
        catch (DbException e) when (database.Dialect.IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException(batch.StreamId, batch.ExpectedVersion, e);
        }
    }
}

/// <summary>One stream's batch, already serialized (so that bad input fails before any lock is taken).</summary>
internal sealed record SerializedAppend(string StreamId, long ExpectedVersion, IReadOnlyList<(string Type, string Payload)> Events)
{
    public static SerializedAppend From(StreamAppend append, int index)
    {
        if (append.Events.Count == 0)
            throw new ArgumentException($"appends[{index}]: stream '{append.StreamId}' has no events to append", nameof(append));
        return new SerializedAppend(append.StreamId, append.ExpectedVersion, append.Events.Select(EventSerializer.Serialize).ToArray());
    }
}
