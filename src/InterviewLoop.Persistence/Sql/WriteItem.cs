using System.Data.Common;

namespace InterviewLoop.Persistence.Sql;

/// <summary>One caller's write waiting for the group-commit writer; see <see cref="GroupCommitWriter"/>.</summary>
internal abstract class WriteItem
{
    /// <summary>True when the caller gave up before the work started; the work is then never run.</summary>
    public abstract bool IsCanceled { get; }

    /// <summary>Runs the work inside the open transaction and keeps its result until the commit.</summary>
    public abstract void Run(DbConnection connection, DbTransaction? transaction);

    /// <summary>The commit is durable: hands the kept result to the caller.</summary>
    public abstract void Complete();

    /// <summary>The work or the transaction failed: the caller gets <paramref name="error"/>; nothing of this item is stored.</summary>
    public abstract void Fail(Exception error);

    /// <summary>The caller's token fired before the work started.</summary>
    public abstract void Cancel();
}

/// <summary>A write whose work returns <typeparamref name="T"/>.</summary>
internal sealed class WriteItem<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken ct) : WriteItem
{
    // Continuations run on the thread pool, never on the writer thread that completes them.
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _done.Task;

    public override bool IsCanceled => ct.IsCancellationRequested;

    // Microsoft.Data.Sqlite's async methods finish synchronously; Npgsql's really wait on the network, and
    // blocking the dedicated writer thread on them is harmless (no synchronization context to deadlock on).
    // Waiting here keeps the statements of a batch in order on the writer's one connection.
    public override void Run(DbConnection connection, DbTransaction? transaction) =>
        _result = work(connection, transaction).GetAwaiter().GetResult();

    public override void Complete() => _done.TrySetResult(_result);

    public override void Fail(Exception error) => _done.TrySetException(error);

    public override void Cancel() => _done.TrySetCanceled(ct);
}
