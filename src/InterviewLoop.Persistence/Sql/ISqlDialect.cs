using System.Data.Common;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// What differs between databases. The stores' SQL is written to run on every dialect
/// (<c>INSERT ... ON CONFLICT</c>, <c>RETURNING</c>, <c>COALESCE</c>); everything else lives here,
/// so that PostgreSQL (<see cref="PostgresDialect"/>) is a second implementation rather than a rewrite.
/// Integer columns are read as 64-bit; a dialect's migrations declare them so (BIGINT on PostgreSQL).
/// </summary>
public interface ISqlDialect
{
    /// <summary>The provider name, as in <see cref="DatabaseOptions.Provider"/> (e.g. <c>sqlite</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Prefix of this dialect's migration resources in the Persistence assembly (e.g. <c>db/sqlite/</c>);
    /// each resource below it is named <c>NNNN_verb_object.sql</c>.
    /// </summary>
    string MigrationResourcePrefix { get; }

    /// <summary>
    /// One-time setup before the first connection of a process: creates the database file's directory
    /// and sets persistent settings (SQLite: WAL journal). Throws <see cref="InvalidOperationException"/>
    /// when the database cannot be set up as required.
    /// </summary>
    void Prepare();

    /// <summary>Opens a connection with the per-connection settings applied (timeouts, durability, foreign keys).</summary>
    DbConnection OpenConnection();

    /// <summary>Opens a connection asynchronously with the per-connection settings applied.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken ct);

    /// <summary>
    /// Begins a transaction that will write. SQLite takes the write lock up front (<c>BEGIN IMMEDIATE</c>)
    /// so that two writers queue instead of deadlocking on a lock upgrade; PostgreSQL uses READ COMMITTED
    /// and leaves races to the UNIQUE keys and <see cref="RowLockClause"/>.
    /// </summary>
    DbTransaction BeginWriteTransaction(DbConnection connection);

    /// <summary>
    /// Appended to a SELECT of a row that the write transaction will then update from what it read
    /// (read-model counts and lists): <c>" FOR UPDATE"</c> on PostgreSQL, whose READ COMMITTED would
    /// otherwise let two processes overwrite each other; empty on SQLite, whose write transaction
    /// already holds the database's only write lock.
    /// </summary>
    string RowLockClause { get; }

    /// <summary>
    /// Most writes one group commit takes (see <c>GroupCommitWriter</c>); each runs in a savepoint, and
    /// PostgreSQL slows down past 64 subtransactions per transaction.
    /// </summary>
    int MaxWritesPerCommit { get; }

    /// <summary>
    /// Keeps other processes from migrating until the result is disposed (PostgreSQL: a session advisory
    /// lock; SQLite: nothing, as each migration's <c>BEGIN IMMEDIATE</c> already serialises them).
    /// </summary>
    IDisposable LockMigrations(DbConnection connection);

    /// <summary>
    /// Starts what runs beside the group-commit writer while the database is open, and opens the writer's
    /// connection through it (SQLite: WAL checkpoints on a background thread, never inside a commit).
    /// </summary>
    internal IWriterMaintenance StartWriterMaintenance();

    /// <summary>True when <paramref name="exception"/> is a UNIQUE or PRIMARY KEY violation of this database.</summary>
    bool IsUniqueViolation(Exception exception);

    /// <summary>Closes idle pooled connections so that the database files are released (called on dispose).</summary>
    void ReleaseConnections();
}
