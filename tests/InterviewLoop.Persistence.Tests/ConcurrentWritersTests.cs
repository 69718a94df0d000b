using Dapper;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>
/// Two opens of one database stand in for two processes: separate stores, separate connections. Run on
/// SQLite (one database write lock) and PostgreSQL (the UNIQUE key decides).
/// </summary>
public abstract class ConcurrentWritersTests(TestDatabase temp) : IDisposable
{
    protected const string Stream = "loop/contended";

    private readonly TestDatabase _temp = temp;

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

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

    protected static LoopPlanned Planned() => new(new LoopPlanBuilder("contended").Build(), Sample.At("2026-02-01T08:30:00Z"));

    private long EventCount()
    {
        using var connection = _temp.Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events;");
    }
}
