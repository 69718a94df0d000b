using System.Collections.Concurrent;
using System.Data.Common;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// Group commit: every write of the process goes through one writer thread and one connection. The
/// writer takes all writes queued while the previous commit was being flushed (up to
/// <see cref="ISqlDialect.MaxWritesPerCommit"/>), runs each in its own savepoint inside one transaction, commits once, and only
/// then answers the callers. So a caller is answered only after its write is durable (SQLite: the WAL
/// is fsynced at COMMIT with <c>synchronous=FULL</c>; PostgreSQL: the WAL is flushed at COMMIT), but one fsync serves many writes instead of one.
/// A write that throws is rolled back to its savepoint and fails alone, exactly as if it had run by
/// itself; a failed BEGIN or COMMIT fails every write of the batch, none of which is then stored.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private readonly BlockingCollection<WriteItem> _queue = [];
    private readonly ISqlDialect _dialect;
    private readonly IWriterMaintenance _maintenance;
    private readonly Thread _thread;
    private DbConnection? _connection;
    private int _disposed;

    public GroupCommitWriter(ISqlDialect dialect)
    {
        _dialect = dialect;
        _maintenance = dialect.StartWriterMaintenance();
        _thread = new Thread(Run) { IsBackground = true, Name = "InterviewLoop SQL writer" };
        _thread.Start();
    }

    /// <summary>Queues <paramref name="work"/>; the task ends after the commit that made it durable, or with its error.</summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken ct)
    {
        var item = new WriteItem<T>(work, ct);
        try
        {
            _queue.Add(item, CancellationToken.None);
            return item.Task;
        }
        catch (InvalidOperationException e)
        {
            // Also ObjectDisposedException, which derives from it.
            return Task.FromException<T>(new ObjectDisposedException("The database is closed; nothing was written.", e));
        }
    }

    /// <summary>Stops taking writes, commits those already queued, then closes the writer's connection. Safe to call twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _queue.CompleteAdding();
        _thread.Join();
        _maintenance.Dispose();
        _connection?.Dispose();
        _queue.Dispose();
    }

    private void Run()
    {
        // One list for the writer's whole life: only this thread touches it, and a batch ends before the next starts.
        var batch = new List<WriteItem>(capacity: 16);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Clear();
            batch.Add(first);
            while (batch.Count < _dialect.MaxWritesPerCommit && _queue.TryTake(out var next)) batch.Add(next);
            _connection = WriteBatch.Commit(_maintenance, _connection, batch);
            if (_connection is not null) _maintenance.AfterCommit(_connection);
        }
    }
}
