using System.Data.Common;
using System.Globalization;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// One opened database: its dialect and clock, and the two ways the stores use it — a read on a
/// fresh connection, or a write inside a transaction whose commit is awaited before the write returns.
/// </summary>
internal sealed class Database(ISqlDialect dialect, TimeProvider clock) : IDisposable
{
    // Writers of one process queue here and are committed in groups by one thread, instead of
    // polling the database's write lock one by one; only writers in other processes meet the lock.
    private readonly GroupCommitWriter _writer = new(dialect);

    public ISqlDialect Dialect { get; } = dialect;

    public TimeProvider Clock { get; } = clock;

    /// <summary>The clock's current UTC time in the stored text form (ISO-8601 round-trip, sortable as text).</summary>
    public string Now() => Timestamp(Clock.GetUtcNow());

    public static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await Dialect.OpenConnectionAsync(ct);
        return await read(connection);
    }

    /// <summary>
    /// Runs <paramref name="write"/> inside a write transaction (in a savepoint of a group commit; see
    /// <see cref="GroupCommitWriter"/>) and returns its result once the commit is durable. What the work
    /// throws is thrown here, and nothing it wrote is kept. <paramref name="ct"/> stops a write that has not started.
    /// The transaction handed to <paramref name="write"/> is what its commands name: null on SQLite, whose
    /// writer connection owns the transaction (<see cref="SqliteWriteTransaction"/>).
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> write, CancellationToken ct) =>
        _writer.WriteAsync(write, ct);

    public void Dispose()
    {
        _writer.Dispose();
        Dialect.ReleaseConnections();
    }
}
