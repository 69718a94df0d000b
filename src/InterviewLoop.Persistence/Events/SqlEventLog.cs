using Dapper;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.Events;

/// <summary><see cref="IEventLog"/> over the <c>events</c> table (its primary key is the global position).</summary>
public sealed class SqlEventLog : IEventLog
{
    private const string LastPositionSql = "SELECT COALESCE(MAX(position), 0) FROM events;";

    private const string ReadAllSql = $"""
        SELECT {EventRow.Columns}
        FROM events
        WHERE position > @After AND position <= @UpTo
        ORDER BY position
        LIMIT @Limit;
        """;

    private readonly Database _database;

    internal SqlEventLog(Database database) => _database = database;

    /// <inheritdoc />
    public Task<long> LastPositionAsync(CancellationToken ct = default) =>
        _database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(LastPositionSql, cancellationToken: ct)), ct);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A stored event's type or payload is not readable by this build.</exception>
    public Task<IReadOnlyList<StoredEvent>> ReadAllAsync(long afterPosition, long upToPosition, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return _database.ReadAsync<IReadOnlyList<StoredEvent>>(async connection =>
        {
            var command = new CommandDefinition(ReadAllSql, new { After = afterPosition, UpTo = upToPosition, Limit = limit }, cancellationToken: ct);
            var rows = await connection.QueryAsync<EventRow>(command);
            return rows.Select(r => r.ToStored()).ToArray();
        }, ct);
    }
}
