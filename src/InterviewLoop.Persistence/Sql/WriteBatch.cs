using System.Data.Common;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// One group commit of <see cref="GroupCommitWriter"/>: every write in its own savepoint of one
/// transaction (a write alone in the batch needs none), one COMMIT, then the answers. A write that throws
/// is rolled back to its savepoint (alone: with the transaction) and fails alone; a failed BEGIN, savepoint or COMMIT fails every write of the batch, none of which is stored.
/// </summary>
internal static class WriteBatch
{
    /// <summary>Commits <paramref name="batch"/> on <paramref name="connection"/> (opened by <paramref name="writers"/> when null); returns the connection for the next batch, or null after a failure.</summary>
    public static DbConnection? Commit(IWriterMaintenance writers, DbConnection? connection, List<WriteItem> batch)
    {
        var live = new List<WriteItem>(batch.Count);
        foreach (var item in batch)
        {
            if (item.IsCanceled) item.Cancel();
            else live.Add(item);
        }
        if (live.Count == 0) return connection;
        try
        {
            connection ??= writers.OpenWriter();
            using var transaction = writers.Dialect.BeginWriteTransaction(connection);
            var succeeded = live.Count == 1 ? RunAlone(live[0], connection, transaction) : RunInSavepoints(live, connection, transaction);
            if (succeeded.Count > 0) transaction.Commit();
            foreach (var item in succeeded) item.Complete();
            return connection;
        }
        catch (Exception e)
        {
            // BEGIN, a savepoint or COMMIT failed: the transaction is rolled back, so no write of the
            // batch is stored. A fresh connection is opened for the next batch.
            foreach (var item in live) item.Fail(e);
            connection?.Dispose();
            return null;
        }
    }

    // A write alone in its transaction needs no savepoint: if it throws, the whole transaction is rolled
    // back, which is the same outcome with two statements fewer (most live edits commit alone).
    private static List<WriteItem> RunAlone(WriteItem item, DbConnection connection, DbTransaction transaction)
    {
        try
        {
            item.Run(connection, transaction);
            return [item];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            transaction.Rollback();
            item.Fail(e);
            return [];
        }
    }

    private static List<WriteItem> RunInSavepoints(List<WriteItem> live, DbConnection connection, DbTransaction transaction)
    {
        var succeeded = new List<WriteItem>(live.Count);
        for (var i = 0; i < live.Count; i++)
        {
            if (RunInSavepoint(live[i], connection, transaction, i)) succeeded.Add(live[i]);
        }
        return succeeded;
    }

    private static bool RunInSavepoint(WriteItem item, DbConnection connection, DbTransaction transaction, int index)
    {
        var savepoint = $"write_{index}";
        transaction.Save(savepoint);
        try
        {
            item.Run(connection, transaction);
            transaction.Release(savepoint);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            transaction.Rollback(savepoint);
            transaction.Release(savepoint);
            item.Fail(e);
            return false;
        }
    }
}
