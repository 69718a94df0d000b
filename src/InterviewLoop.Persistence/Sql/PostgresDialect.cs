using System.Data;
using System.Data.Common;
using Npgsql;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// PostgreSQL through Npgsql: the server database. Write transactions are READ COMMITTED; the
/// UNIQUE keys decide races (a second insert of one stream version waits for the first writer's
/// commit, then fails with SqlState 23505, read as a concurrency conflict), and read-modify-write of
/// read-model rows locks the row first (<see cref="RowLockClause"/>). Durability is the server's:
/// a commit returns after its WAL is flushed (with the default <c>synchronous_commit=on</c>).
/// </summary>
public sealed class PostgresDialect : ISqlDialect
{
    /// <summary>SqlState of unique_violation (class 23, integrity constraint violation).</summary>
    public const string UniqueViolation = "23505";

    // PostgreSQL keeps up to 64 subtransactions per backend in shared memory; more overflow into
    // pg_subtrans and slow every snapshot, so a group commit (one savepoint per write) stays below that.
    private const int SubtransactionCache = 64;

    private readonly string _connectionString;

    /// <summary>
    /// A dialect for <paramref name="connectionString"/> (Npgsql syntax). Throws <see cref="ArgumentException"/>
    /// naming <c>Database:ConnectionString</c> when it cannot be parsed.
    /// </summary>
    public PostgresDialect(string connectionString) => _connectionString = PostgresConnections.Pooled(connectionString);

    /// <inheritdoc />
    public string Name => DatabaseOptions.PostgresProviderName;

    /// <inheritdoc />
    public string MigrationResourcePrefix => "db/postgres/";

    /// <inheritdoc />
    public string RowLockClause => " FOR UPDATE";

    /// <inheritdoc />
    public int MaxWritesPerCommit => SubtransactionCache;

    /// <inheritdoc />
    public void Prepare()
    {
        // The database itself is created by its administrator; opening once here turns a wrong
        // connection string into one clear error before any migration runs.
        using var connection = OpenConnection();
    }

    /// <inheritdoc />
    public DbConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <inheritdoc />
    public DbTransaction BeginWriteTransaction(DbConnection connection) =>
        ((NpgsqlConnection)connection).BeginTransaction(IsolationLevel.ReadCommitted);

    /// <inheritdoc />
    public IDisposable LockMigrations(DbConnection connection) =>
        PostgresMigrationLock.Take((NpgsqlConnection)connection, PostgresMigrationLock.InterviewLoopKey);

    /// <inheritdoc />
    IWriterMaintenance ISqlDialect.StartWriterMaintenance() => new NoWriterMaintenance(this);

    /// <inheritdoc />
    public bool IsUniqueViolation(Exception exception) => exception is PostgresException { SqlState: UniqueViolation };

    /// <inheritdoc />
    public void ReleaseConnections() => PostgresConnections.ClearPool(_connectionString);
}
