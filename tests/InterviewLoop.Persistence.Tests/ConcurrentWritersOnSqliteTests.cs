using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

public sealed class ConcurrentWritersOnSqliteTests : ConcurrentWritersTests
{
    private readonly TempDatabase _sqlite;

    public ConcurrentWritersOnSqliteTests()
        : this(new TempDatabase())
    {
    }

    private ConcurrentWritersOnSqliteTests(TempDatabase sqlite)
        : base(sqlite) => _sqlite = sqlite;

    [Fact]
    public async Task Append_WhileAnotherProcessHoldsTheWriteLock_WaitsThenSucceeds()
    {
        var store = _sqlite.Open().EventStore;
        using var other = _sqlite.Connect();
        using var lockHolder = other.BeginTransaction(deferred: false);

        var append = Task.Run(() => store.AppendAsync([new StreamAppend(Stream, 0, [Planned()])]));
        var finishedWhileLocked = SpinWait.SpinUntil(() => append.IsCompleted, TimeSpan.FromMilliseconds(500));
        lockHolder.Rollback();

        Assert.False(finishedWhileLocked, append.Exception?.ToString());
        Assert.Equal(1, await append);
    }
}
