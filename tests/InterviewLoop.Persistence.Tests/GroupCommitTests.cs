using Dapper;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Tests.Support;
using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Persistence.Tests;

/// <summary>
/// Writes of one process are committed in groups. To make a group, another connection holds the
/// write lock while the writes queue up (the writer waits on the lock with the first of them); on
/// release the rest are committed together.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly InterviewLoopDatabase _db;

    public GroupCommitTests() => _db = _temp.Open();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ManyConcurrentAppends_AllCommitWithDistinctPositions()
    {
        var appends = Enumerable.Range(1, 200).Select(i => _db.EventStore.AppendAsync([Plan($"loop-{i}")])).ToArray();

        var positions = await Task.WhenAll(appends);

        Assert.Equal(200, positions.Distinct().Count());
        Assert.Equal(200L, Count("SELECT COUNT(*) FROM events;"));
    }

    [Fact]
    public async Task ConflictingAppendInAGroup_FailsAloneAndTheOthersCommit()
    {
        await _db.EventStore.AppendAsync([Plan("loop-taken")]);
        var (first, group) = QueuedBehindLock(() =>
        [
            _db.EventStore.AppendAsync([Plan("loop-a")]),
            _db.EventStore.AppendAsync([Plan("loop-taken"), Plan("loop-b")]),
            _db.EventStore.AppendAsync([Plan("loop-c")]),
        ]);

        await first;
        await group[0];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => group[1]);
        await group[2];
        Assert.Equal(["loop/first", "loop/loop-a", "loop/loop-c", "loop/loop-taken"], Streams());
    }

    [Fact]
    public async Task ConflictingAppendAlone_StoresNothingOfIt_AndTheNextWriteCommits()
    {
        await _db.EventStore.AppendAsync([Plan("loop-taken")]);

        // Alone in its commit (no savepoint): the first stream would insert, the second conflicts.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _db.EventStore.AppendAsync([Plan("loop-a"), Plan("loop-taken")]));
        await _db.EventStore.AppendAsync([Plan("loop-b")]);

        Assert.Equal(["loop/loop-b", "loop/loop-taken"], Streams());
    }

    [Fact]
    public async Task FailingUserWriteInAGroup_WritesNothingOfItsOwnAndTheAppendsCommit()
    {
        await _db.Users.UpsertAsync(User("u-1", "dana"));
        var (first, group) = QueuedBehindLock(() =>
        [
            _db.EventStore.AppendAsync([Plan("loop-a")]),
            _db.Users.UpsertAsync(User("u-2", "dana")),
            _db.EventStore.AppendAsync([Plan("loop-b")]),
        ]);

        await first;
        await group[0];
        var refused = await Assert.ThrowsAsync<DomainException>(() => group[1]);
        await group[2];
        Assert.Equal("user.username_taken", refused.Code);
        Assert.Null(await _db.Users.FindByIdAsync("u-2"));
        Assert.Equal(["loop/first", "loop/loop-a", "loop/loop-b"], Streams());
    }

    [Fact]
    public async Task Dispose_CommitsTheWritesAlreadyQueued()
    {
        var (first, group) = QueuedBehindLock(() => [_db.EventStore.AppendAsync([Plan("loop-a")])]);

        _db.Dispose();

        await first;
        await group[0];
        Assert.Equal(["loop/first", "loop/loop-a"], Streams());
    }

    [Fact]
    public async Task Write_AfterDispose_IsRefusedAndWritesNothing()
    {
        _db.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _db.EventStore.AppendAsync([Plan("loop-late")]));
        Assert.Equal(0L, Count("SELECT COUNT(*) FROM events;"));
    }

    // Holds the write lock from another connection, queues one append (the writer waits on the lock
    // with it, or takes it into the group), queues the group, and releases the lock.
    private (Task First, Task[] Group) QueuedBehindLock(Func<Task[]> queue)
    {
        using var other = _temp.Connect();
        using (var lockHolder = other.BeginTransaction(deferred: false))
        {
            var first = _db.EventStore.AppendAsync([Plan("first")]);
            var group = queue();
            Assert.False(first.IsCompleted || group.Any(t => t.IsCompleted), "a write finished while another connection held the lock");
            lockHolder.Rollback();
            return (first, group);
        }
    }

    private static StreamAppend Plan(string loopId) =>
        new($"loop/{loopId}", 0, [new LoopPlanned(new LoopPlanBuilder(loopId).Build(), Sample.At("2026-02-01T08:30:00Z"))]);

    private static UserRecord User(string id, string username) => new(id, username, "Dana K.", "AQAAAAIAAYagAAAAE-hash", ["interviewer"]);

    private string[] Streams()
    {
        using var connection = _temp.Connect();
        return connection.Query<string>("SELECT stream_id FROM events ORDER BY stream_id;").ToArray();
    }

    private long Count(string sql)
    {
        using var connection = _temp.Connect();
        return connection.ExecuteScalar<long>(sql);
    }
}
