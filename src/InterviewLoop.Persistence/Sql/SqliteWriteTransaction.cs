using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// A group commit's transaction on the SQLite writer's connection, run on statements compiled once per
/// connection. Every live edit is one group commit, and Microsoft.Data.Sqlite's own transaction spent more on
/// it than the insert did: 1.5 KB of garbage per BEGIN and COMMIT (a command, a compiled statement, a reader
/// and a rollback hook each time), which made collections more frequent (docs/benchmarks.md). Here BEGIN
/// and COMMIT allocate nothing. The transaction belongs to the connection, so commands join it without
/// naming one (<see cref="Joined"/> is null). Waiting for another process's write lock works as
/// Microsoft.Data.Sqlite's does (see <see cref="SqliteConnections"/>): retry while busy, up to the
/// connection's <see cref="SqliteConnection.DefaultTimeout"/>.
/// </summary>
internal sealed class SqliteWriteTransaction : IWriteTransaction
{
    // Microsoft.Data.Sqlite's own pause between busy retries. Shorter pauses let two processes writing one
    // round interleave more finely, and so conflict more often: two hosts on one file then ran out of
    // attempts (JournaledGrain.MaxAttempts) in 1 of 15 loaded runs at 20 ms, 0 of 15 at 150 ms.
    private static readonly TimeSpan BusyRetry = TimeSpan.FromMilliseconds(150);

    private readonly SqliteWriterStatements _statements;
    private bool _open;

    private SqliteWriteTransaction(SqliteWriterStatements statements)
    {
        _statements = statements;
    }

    /// <inheritdoc />
    public DbTransaction? Joined => null;

    /// <summary>
    /// Takes the database's write lock (<c>BEGIN IMMEDIATE</c>) on <paramref name="connection"/>; throws
    /// <see cref="SqliteException"/> (<c>SQLITE_BUSY</c>) when another process still holds it after the connection's timeout.
    /// </summary>
    public static SqliteWriteTransaction Begin(SqliteConnection connection)
    {
        var statements = SqliteWriterStatements.For(connection);
        var started = Stopwatch.GetTimestamp();
        int rc;
        while (IsBusy(rc = statements.TryBegin()) && Stopwatch.GetElapsedTime(started).TotalSeconds < connection.DefaultTimeout)
            Thread.Sleep(BusyRetry);
        statements.ThrowOnError(rc);
        return new SqliteWriteTransaction(statements) { _open = true };
    }

    /// <inheritdoc />
    public void Save(string name) => _statements.Execute($"SAVEPOINT {name};");

    /// <inheritdoc />
    public void Release(string name) => _statements.Execute($"RELEASE {name};");

    /// <inheritdoc />
    public void RollbackTo(string name) => _statements.Execute($"ROLLBACK TO {name};");

    /// <inheritdoc />
    public void Commit()
    {
        _statements.Commit();
        _open = false;
    }

    /// <inheritdoc />
    public void Rollback()
    {
        _open = false;
        // SQLite itself ends the transaction after some errors (a full disk, an I/O error): nothing to undo then.
        if (!_statements.InTransaction) return;
        _statements.Rollback();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_open) return;
        try
        {
            Rollback();
        }
        catch (SqliteException)
        {
            // The caller is already failing; the writer closes this connection, which ends the transaction.
        }
    }

    private static bool IsBusy(int rc) => rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED;
}
