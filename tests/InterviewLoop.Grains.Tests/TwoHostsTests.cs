using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

/// <summary>
/// Two hosts (as two processes would) each hold an activation of the same round over one store.
/// Neither host knows of the other; only the store's optimistic concurrency keeps writes safe.
/// </summary>
public sealed class TwoHostsTests
{
    internal static async Task AssertNoWriteIsLost(IEventStore storeA, IEventStore storeB)
    {
        await using var hostA = GrainFixture.Host(storeA);
        await using var hostB = GrainFixture.Host(storeB);
        await hostA.GetGrain<ILoopGrain>("loop-1").Create(new LoopBuilder("loop-1").WithRound("r1", "u-1", "u-2").Build());
        var viaA = hostA.GetGrain<IRoundGrain>("loop-1/r1");
        var viaB = hostB.GetGrain<IRoundGrain>("loop-1/r1");

        var writes = Enumerable.Range(0, 100).Select(i => Task.Run(() => (i % 2 == 0 ? viaA : viaB)
            .Change(i % 4 < 2 ? "u-1" : "u-2", new ScorecardChange($"op-{i}", ScorecardField.Note, null, $"note {i}"))));
        var acks = await Task.WhenAll(writes);

        var events = await storeA.ReadAsync(StreamIds.Round("loop-1/r1"), 0);
        Assert.Equal(101, events.Count); // scheduled + 100 changes
        Assert.Equal(100, acks.Select(a => a.Sequence).Distinct().Count());
        var opIds = events.Select(e => e.Event).OfType<Domain.Rounds.ScorecardChanged>().Select(c => c.Change.OperationId);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"op-{i}").Order(), opIds.Order());
    }

    [Fact]
    public Task TwoHosts_OnOneInMemoryStore_NeverLoseAWrite()
    {
        var store = new InMemoryEventStore();
        return AssertNoWriteIsLost(store, store);
    }
}

/// <summary>The same race over one SQLite file opened twice, as two server processes would.</summary>
public sealed class TwoHostsOnSqliteTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("il-grains-").FullName;

    [Fact]
    public async Task TwoHosts_OnOneDatabaseFile_NeverLoseAWrite()
    {
        var options = new Persistence.DatabaseOptions { Path = Path.Combine(_dir, "loop.db") };
        using var first = Persistence.InterviewLoopDatabase.Open(options);
        using var second = Persistence.InterviewLoopDatabase.Open(options);

        await TwoHostsTests.AssertNoWriteIsLost(first.EventStore, second.EventStore);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
