using System.Data.Common;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// One group commit of <see cref="GroupCommitWriter"/>: every write in its own savepoint of one
/// transaction (a write alone in the batch needs none), one COMMIT, then the answers. A write that throws
/// is rolled back to its savepoint (alone: with the transaction) and fails alone; a failed BEGIN, savepoint or COMMIT fails every write of the batch, none of which is stored.
/// </summary>
internal static class WriteBatch
{
    /// <summary>
    /// Commits <paramref name="batch"/> on <paramref name="connection"/> (opened by <paramref name="writers"/> when null); returns the
    /// connection for the next batch, or null after a failure. Takes canceled items out of <paramref name="batch"/>.
    /// </summary>
    public static DbConnection? Commit(IWriterMaintenance writers, DbConnection? connection, List<WriteItem> batch)
    {
        // In place, on the writer's own list: this runs for every commit, most of them a single live edit.
        batch.RemoveAll(CancelIfAskedTo);
        if (batch.Count == 0) return connection;
        try
        {
            connection ??= writers.OpenWriter();
            using var transaction = writers.BeginWrite(connection);
            if (batch.Count == 1) CommitAlone(batch[0], connection, transaction);
            else CommitInSavepoints(batch, connection, transaction);
            return connection;
        }
        catch (Exception e)
        {
            // BEGIN, a savepoint or COMMIT failed: the transaction is rolled back, so no write of the
            // batch is stored. A fresh connection is opened for the next batch.
            foreach (var item in batch) item.Fail(e);
            connection?.Dispose();
            return null;
        }
    }

    private static bool CancelIfAskedTo(WriteItem item)
    {
        if (!item.IsCanceled) return false;
        item.Cancel();
        return true;
    }

    // A write alone in its transaction needs no savepoint: if it throws, the whole transaction is rolled
    // back, which is the same outcome with two statements fewer (most live edits commit alone).
    private static void CommitAlone(WriteItem item, DbConnection connection, IWriteTransaction transaction)
    {
        try
        {
            item.Run(connection, transaction.Joined);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            transaction.Rollback();
            item.Fail(e);
            return;
        }
        transaction.Commit();
        item.Complete();
    }

    private static void CommitInSavepoints(List<WriteItem> batch, DbConnection connection, IWriteTransaction transaction)
    {
        var succeeded = RunInSavepoints(batch, connection, transaction);
        if (succeeded.Count > 0) transaction.Commit();
        foreach (var item in succeeded) item.Complete();
    }

    private static List<WriteItem> RunInSavepoints(List<WriteItem> live, DbConnection connection, IWriteTransaction transaction)
    {
        var succeeded = new List<WriteItem>(live.Count);
        for (var i = 0; i < live.Count; i++)
        {
            if (RunInSavepoint(live[i], connection, transaction, i)) succeeded.Add(live[i]);
        }
        return succeeded;
    }

    private static bool RunInSavepoint(WriteItem item, DbConnection connection, IWriteTransaction transaction, int index)
    {
        var savepoint = $"write_{index}";
        transaction.Save(savepoint);
        try
        {
            item.Run(connection, transaction.Joined);
            transaction.Release(savepoint);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            transaction.RollbackTo(savepoint);
            transaction.Release(savepoint);
            item.Fail(e);
            return false;
        }
    }
}
