using Dapper;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>The event store on every dialect: see <see cref="SqlEventStoreOnSqliteTests"/> and <see cref="SqlEventStoreOnPostgresTests"/>.</summary>
public abstract partial class SqlEventStoreTests : IDisposable
{
    private readonly TestDatabase _temp;
    private readonly IEventStore _store;

    protected SqlEventStoreTests(TestDatabase temp)
    {
        _temp = temp;
        _store = _temp.Open().EventStore;
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string R4 => Appends.RoundStream(Sample.LoopId, "r4");

    [Fact]
    public async Task Append_ThenRead_GivesBackEventsWithVersionsAndPositions()
    {
        var position = await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));
        await _store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1"), Appends.Submit("u-21", "op-2")));

        var events = await _store.ReadAsync(R4, 0);

        Assert.Equal(5, position);
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.Equal([5L, 6L, 7L], events.Select(e => e.Position));
        Assert.All(events, e => Assert.Equal(R4, e.StreamId));
        Structural.AssertEqual(new RoundScheduled(Sample.LoopId, Sample.Plan().Rounds[3]), events[0].Event);
        Structural.AssertEqual(Appends.Submit("u-21", "op-2"), events[2].Event);
    }

    [Fact]
    public async Task Append_ReturnsTheGlobalPositionOfTheLastEvent()
    {
        await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));

        var position = await _store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1"), Appends.Rating("u-22", "scope", 3, "op-2")));

        Assert.Equal(7, position);
    }

    [Fact]
    public async Task Read_AfterAVersion_ReturnsOnlyLaterEvents()
    {
        await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));
        await _store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1"), Appends.Rating("u-21", "scope", 5, "op-2")));

        var events = await _store.ReadAsync(R4, 2);

        Assert.Equal(3, Assert.Single(events).Version);
    }

    [Fact]
    public async Task Read_UnknownStream_IsEmpty()
    {
        Assert.Empty(await _store.ReadAsync("round/nobody/r1", 0));
    }

    [Fact]
    public async Task Events_AreReadBackAfterReopeningTheFile()
    {
        await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));

        var reopened = _temp.Open().EventStore;

        var loopEvents = await reopened.ReadAsync(StreamIdsFor(Sample.LoopId), 0);
        Structural.AssertEqual(new LoopPlanned(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")), Assert.Single(loopEvents).Event);
    }

    [Fact]
    public async Task Append_OfNoBatches_WritesNothingAndReturnsTheLastPosition()
    {
        await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));

        Assert.Equal(5, await _store.AppendAsync([]));
        Assert.Equal(5L, EventCount());
    }

    [Fact]
    public async Task Append_RecordsTheStoreClockTime()
    {
        await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));

        using var connection = _temp.Connect();
        Assert.Equal(["2026-03-02T09:00:00.0000000+00:00"], connection.Query<string>("SELECT DISTINCT recorded_at FROM events;"));
    }

    private static string StreamIdsFor(string loopId) => InterviewLoop.Grains.StreamIds.Loop(loopId);

    private long EventCount()
    {
        using var connection = _temp.Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM events;");
    }
}
