using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// BEGIN IMMEDIATE, COMMIT and ROLLBACK compiled once for one connection (<see cref="SqliteWriteTransaction"/>),
/// finalized when the connection closes (<see cref="SqlitePerConnection{T}"/>). Used only by the thread that owns the connection.
/// </summary>
internal sealed class SqliteWriterStatements : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _begin;
    private readonly sqlite3_stmt _commit;
    private readonly sqlite3_stmt _rollback;

    private SqliteWriterStatements(sqlite3 db)
    {
        _db = db;
        _begin = SqliteRaw.Prepare(db, "BEGIN IMMEDIATE;");
        _commit = SqliteRaw.Prepare(db, "COMMIT;");
        _rollback = SqliteRaw.Prepare(db, "ROLLBACK;");
    }

    /// <summary>True while a transaction is open on the connection.</summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(_db) == 0;

    /// <summary>The statements of <paramref name="connection"/> (open), compiled on first use.</summary>
    public static SqliteWriterStatements For(SqliteConnection connection) =>
        SqlitePerConnection<SqliteWriterStatements>.For(connection, static db => new SqliteWriterStatements(db));

    /// <summary>
    /// Runs <c>BEGIN IMMEDIATE</c>, which takes the write lock up front so that two writers queue rather
    /// than deadlock; returns SQLite's result code (<c>SQLITE_BUSY</c> while another process holds the lock).
    /// </summary>
    public int TryBegin() => Step(_begin);

    /// <summary>Runs <c>COMMIT</c>; with <c>synchronous=FULL</c> it returns after the WAL's fsync.</summary>
    public void Commit() => ThrowOnError(Step(_commit));

    /// <summary>Runs <c>ROLLBACK</c>.</summary>
    public void Rollback() => ThrowOnError(Step(_rollback));

    /// <summary>Runs <paramref name="sql"/> once (savepoints: only batches of several writes use them).</summary>
    public void Execute(string sql) => ThrowOnError(raw.sqlite3_exec(_db, sql));

    /// <summary>Throws <see cref="SqliteException"/> with SQLite's message unless <paramref name="rc"/> is a success.</summary>
    public void ThrowOnError(int rc) => SqliteRaw.Check(_db, rc);

    /// <summary>Finalizes the statements.</summary>
    public void Dispose()
    {
        _begin.Dispose();
        _commit.Dispose();
        _rollback.Dispose();
    }

    private static int Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        return rc;
    }
}
