using System.Data.Common;
using System.Globalization;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// One opened database: its dialect and clock, and the two ways the stores use it — a read on a
/// fresh connection, or a write inside one transaction that commits only when the work returns.
/// </summary>
internal sealed class Database(ISqlDialect dialect, TimeProvider clock) : IDisposable
{
    // Writers of one process queue here, asynchronously, instead of polling the database's write
    // lock; only writers in other processes ever meet the lock.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

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

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await Dialect.OpenConnectionAsync(ct);
            await using var transaction = Dialect.BeginWriteTransaction(connection);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose()
    {
        _writeGate.Dispose();
        Dialect.ReleaseConnections();
    }
}
