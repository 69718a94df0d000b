using Dapper;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>Appends that must write nothing: conflicts and bad input.</summary>
public abstract partial class SqlEventStoreTests
{
    [Fact]
    public async Task Append_AtStaleExpectedVersion_ThrowsConflictAndWritesNothing()
    {
        await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));
        await _store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1")));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => _store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-22", "scope", 2, "op-2"))));

        Assert.Equal(R4, conflict.StreamId);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, (await _store.ReadAsync(R4, 0)).Count);
        Assert.Equal(6L, EventCount());
    }

    [Fact]
    public async Task Append_WhenOneOfSeveralStreamsConflicts_WritesNoneOfThem()
    {
        await _store.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-01T08:30:00Z")));
        StreamAppend[] batches =
        [
            new(Appends.RoundStream(Sample.LoopId, "r3"), 1, [Appends.Rating("u-17", "scope", 4, "op-1")]),
            new(R4, 0, [Appends.Rating("u-21", "scope", 4, "op-2")]),
        ];

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.AppendAsync(batches));

        Assert.Equal(R4, conflict.StreamId);
        Assert.Single(await _store.ReadAsync(Appends.RoundStream(Sample.LoopId, "r3"), 0));
        Assert.Equal(5L, EventCount());
    }

    [Fact]
    public async Task Append_WithAnEmptyBatch_IsRejectedAndWritesNothing()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendAsync(
            [new StreamAppend(StreamIdsFor("loop-9"), 0, [new LoopPlanned(new LoopPlanBuilder("loop-9").Build(), Sample.At("2026-02-01T08:30:00Z"))]),
             new StreamAppend(R4, 0, [])]));

        Assert.Contains("appends[1]", error.Message);
        Assert.Equal(0L, EventCount());
    }

    [Fact]
    public async Task Append_WithAnUnregisteredEventType_IsRejectedAndWritesNothing()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendAsync([new StreamAppend(R4, 0, [new object()])]));

        Assert.Contains("System.Object", error.Message);
        Assert.Equal(0L, EventCount());
    }
}
