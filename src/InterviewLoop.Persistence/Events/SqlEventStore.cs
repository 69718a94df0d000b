using Dapper;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.Events;

/// <summary>
/// <see cref="IEventStore"/> over the <c>events</c> table. One <see cref="AppendAsync"/> call is one
/// write transaction: every batch, and the read models they change, commit together or not at all.
/// UNIQUE(stream_id, version) decides races between processes: of two appends at one expected
/// version exactly one commits and the other gets <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed class SqlEventStore : IEventStore
{
    private const string ReadSql = $"""
        SELECT {EventRow.Columns}
        FROM events
        WHERE stream_id = @StreamId AND version > @AfterVersion
        ORDER BY version;
        """;

    private readonly Database _database;
    private readonly SqlEventLog _log;
    private readonly ReadModelProjector _projector;

    internal SqlEventStore(Database database)
    {
        _database = database;
        _log = new SqlEventLog(database);
        _projector = new ReadModelProjector(database);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A stored event's type or payload is not readable by this build.</exception>
    public Task<IReadOnlyList<StoredEvent>> ReadAsync(string streamId, long afterVersion, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<StoredEvent>>(async connection =>
        {
            var command = new CommandDefinition(ReadSql, new { StreamId = streamId, AfterVersion = afterVersion }, cancellationToken: ct);
            var rows = await connection.QueryAsync<EventRow>(command);
            return rows.Select(r => r.ToStored()).ToArray();
        }, ct);

    /// <inheritdoc />
    /// <remarks>With no batches nothing is written and the current last position is returned.</remarks>
    /// <exception cref="ArgumentException">A batch has no events, or an event type has no stored name; nothing is written.</exception>
    public Task<long> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(appends);
        if (appends.Count == 0)
            return _log.LastPositionAsync(ct);
        var batches = appends.Select(SerializedAppend.From).ToArray();
        return CommitAsync(batches, appends, ct);
    }

    private async Task<long> CommitAsync(SerializedAppend[] batches, IReadOnlyList<StreamAppend> appends, CancellationToken ct)
    {
        var last = await _database.WriteAsync(async (connection, transaction) =>
        {
            var appender = new EventAppender(_database, connection, transaction, ct);
            long position = 0;
            foreach (var batch in batches) position = await appender.AppendAsync(batch);
            await _projector.ProjectAsync(connection, transaction, appends, ct);
            return position;
        }, ct);
        _projector.Committed(appends);
        return last;
    }
}
