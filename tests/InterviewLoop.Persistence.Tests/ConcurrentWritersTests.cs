using Dapper;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>Two opens of one file stand in for two processes: separate stores, separate connections, one database lock.</summary>
public sealed class ConcurrentWritersTests : IDisposable
{
    private const string Stream = "loop/contended";

    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TwoProcessesAppending200TimesEachWithRetry_EndWithExactly400GapFreeVersions()
    {
        IEventStore[] stores = [_temp.Open().EventStore, _temp.Open().EventStore];

        await Task.WhenAll(stores.Select(s => Task.Run(() => AppendWithRetry(s, 200))));

        var events = await stores[1].ReadAsync(Stream, 0);
        Assert.Equal(Enumerable.Range(1, 400).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal(400, events.Select(e => e.Position).Distinct().Count());
        Assert.Equal(400L, EventCount());
    }

    [Fact]
    public async Task TwoProcessesAppendingAtTheSameVersion_ExactlyOneWinsEachRound()
    {
        const int rounds = 5;
        IEventStore[] stores = [_temp.Open().EventStore, _temp.Open().EventStore];
        using var lockstep = new Barrier(stores.Length);

        var outcomes = await Task.WhenAll(stores.Select(s => Task.Factory.StartNew(
            () => AppendInLockstep(s, lockstep, rounds), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        for (var round = 0; round < rounds; round++) Assert.Equal(1, outcomes.Count(o => o[round]));
        Assert.Equal(Enumerable.Range(1, rounds).Select(v => (long)v), (await stores[0].ReadAsync(Stream, 0)).Select(e => e.Version));
    }

    [Fact]
    public async Task Append_WhileAnotherProcessHoldsTheWriteLock_WaitsThenSucceeds()
    {
        var store = _temp.Open().EventStore;
        using var other = _temp.Connect();
        using var lockHolder = other.BeginTransaction(deferred: false);

        var append = Task.Run(() => store.AppendAsync([new StreamAppend(Stream, 0, [Planned()])]));
        var finishedWhileLocked = SpinWait.SpinUntil(() => append.IsCompleted, TimeSpan.FromMilliseconds(500));
        lockHolder.Rollback();

        Assert.False(finishedWhileLocked, append.Exception?.ToString());
        Assert.Equal(1, await append);
    }

    private static async Task AppendWithRetry(IEventStore store, int count)
    {
        var (written, version) = (0, 0L);
        while (written < count)
        {
            try
            {
                await store.AppendAsync([new StreamAppend(Stream, version, [Planned()])]);
                (written, version) = (written + 1, version + 1);
            }
            catch (ConcurrencyConflictException)
            {
                version += (await store.ReadAsync(Stream, version)).Count;
            }
        }
    }

    // Each round both writers read the version, meet at the barrier, then append at that same version.
    private static bool[] AppendInLockstep(IEventStore store, Barrier lockstep, int rounds)
    {
        var won = new bool[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var version = store.ReadAsync(Stream, 0).GetAwaiter().GetResult().Count;
            if (!lockstep.SignalAndWait(TimeSpan.FromMinutes(1))) throw new TimeoutException("the other writer stopped");
            try
            {
                store.AppendAsync([new StreamAppend(Stream, version, [Planned()])]).GetAwaiter().GetResult();
                won[round] = true;
            }
            catch (ConcurrencyConflictException)
            {
                won[round] = false;
            }
            if (!lockstep.SignalAndWait(TimeSpan.FromMinutes(1))) throw new TimeoutException("the other writer stopped");
        }
        return won;
    }

    private static LoopPlanned Planned() => new(new LoopPlanBuilder("contended").Build(), Sample.At("2026-02-01T08:30:00Z"));

    private long EventCount()
    {
        using var connection = _temp.Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events;");
    }
}
