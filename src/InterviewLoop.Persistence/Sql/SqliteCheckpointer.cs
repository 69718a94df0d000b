using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// Runs SQLite's WAL checkpoints on a background thread instead of inside a commit. By default SQLite
/// checkpoints in the connection whose COMMIT pushed the WAL past 1,000 pages, so that commit, and every
/// acknowledgement waiting on it, also waits for the checkpoint's copy and the database file's fsync; on the
/// benchmark's disk that put 340-590 ms at a plain insert loop's p99 against 14 ms with this thread
/// (docs/benchmarks.md, decision 0016). The writer's connection turns automatic checkpoints off; this thread
/// runs a PASSIVE checkpoint every 200 ms, which copies committed frames without blocking the
/// writer. A PASSIVE checkpoint can only rewind the WAL once it has caught up with the writer, so if the WAL
/// file grows past 64 MiB under sustained writes, the writer runs one checkpoint itself
/// after answering its batch, when nothing else it holds is waiting on it.
/// Durability is unchanged: a commit is acknowledged once its WAL frames are fsynced, as before.
/// </summary>
internal sealed class SqliteCheckpointer : IWriterMaintenance
{
    /// <summary>Default time between background checkpoints.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Default WAL size (bytes) past which the writer checkpoints itself: 64 MiB.</summary>
    public const long DefaultWalLimitBytes = 64L << 20;

    private readonly TimeSpan _interval;
    private readonly long _walLimitBytes;
    private readonly SqliteDialect _dialect;
    private readonly string _walPath;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private int _writerShouldCheckpoint;

    /// <summary>Starts checkpointing <paramref name="dialect"/>'s file every <paramref name="interval"/> (default 200 ms).</summary>
    public SqliteCheckpointer(SqliteDialect dialect, TimeSpan? interval = null, long walLimitBytes = DefaultWalLimitBytes)
    {
        _dialect = dialect;
        _interval = interval ?? DefaultInterval;
        _walLimitBytes = walLimitBytes;
        _walPath = dialect.FilePath + "-wal";
        _thread = new Thread(Run) { IsBackground = true, Name = "InterviewLoop SQLite checkpointer" };
        _thread.Start();
    }

    /// <inheritdoc />
    public ISqlDialect Dialect => _dialect;

    /// <inheritdoc />
    public DbConnection OpenWriter()
    {
        var connection = _dialect.OpenConnection();
        Execute(connection, "PRAGMA wal_autocheckpoint = 0;");
        return connection;
    }

    /// <inheritdoc />
    public IWriteTransaction BeginWrite(DbConnection writer) => SqliteWriteTransaction.Begin((SqliteConnection)writer);

    /// <inheritdoc />
    public void AfterCommit(DbConnection writer)
    {
        if (Interlocked.Exchange(ref _writerShouldCheckpoint, 0) == 1) TryCheckpoint(writer);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Run()
    {
        DbConnection? connection = null;
        try
        {
            while (!_stop.Token.WaitHandle.WaitOne(_interval))
            {
                connection ??= OpenQuietly();
                if (connection is not null && !TryCheckpoint(connection))
                {
                    connection.Dispose();
                    connection = null;
                }
                if (WalBytes() > _walLimitBytes) Interlocked.Exchange(ref _writerShouldCheckpoint, 1);
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private DbConnection? OpenQuietly()
    {
        try
        {
            return _dialect.OpenConnection();
        }
        catch (SqliteException)
        {
            return null; // The file is busy or gone for a moment; the next tick tries again.
        }
    }

    // PASSIVE never waits for readers or the writer. Another process's checkpoint in progress makes
    // it return BUSY, which only means someone else is doing the work. False when the connection broke.
    private static bool TryCheckpoint(DbConnection connection)
    {
        try
        {
            Execute(connection, "PRAGMA wal_checkpoint(PASSIVE);");
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return true; // SQLITE_BUSY, SQLITE_LOCKED
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private long WalBytes()
    {
        try
        {
            var wal = new FileInfo(_walPath);
            return wal.Exists ? wal.Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
