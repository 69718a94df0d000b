using InterviewLoop.Domain;
using InterviewLoop.Packets.Sources;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class LoopRecordReaderTests
{
    [Fact]
    public async Task Read_Now_RecordsEachStreamsVersionAndTheNewestGlobalPosition()
    {
        await using var stored = await StoredLoop.ImportAsync();

        var record = await new LoopRecordReader(stored.Store).ReadAsync(StoredLoop.LoopId);

        Assert.Equal(new PacketPosition(7, 1, [new("r1", 2), new("r2", 3), new("r3", 1)]), record.Position);
        Assert.Equal(3, record.Loop.Rounds.Count);
    }

    [Fact]
    public async Task Read_AsOfAnEarlierPosition_IgnoresEverythingAppendedLater()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var reader = new LoopRecordReader(stored.Store);
        var before = (await reader.ReadAsync(StoredLoop.LoopId)).Position!;
        await stored.SubmitRound3Async();

        var then = await reader.ReadAsync(StoredLoop.LoopId, before);

        Assert.Empty(then.Loop.Rounds[2].Scorecards);
        Assert.Equal(before, then.Position);
        Assert.Single((await reader.ReadAsync(StoredLoop.LoopId)).Loop.Rounds[2].Scorecards);
    }

    [Fact]
    public async Task Read_HistoryHasThePlanAndEachSubmissionOldestFirst()
    {
        await using var stored = await StoredLoop.ImportAsync();
        await stored.SubmitRound3Async();

        var history = (await new LoopRecordReader(stored.Store).ReadAsync(StoredLoop.LoopId)).History;

        Assert.Equal(
            [(LoopHistoryKind.Imported, "r1"), (LoopHistoryKind.Imported, "r2"), (LoopHistoryKind.Planned, null), (LoopHistoryKind.Submitted, "r3")],
            history.Select(h => (h.Kind, h.RoundId)));
    }

    [Fact]
    public async Task Read_UnknownLoop_IsNotFound()
    {
        await using var stored = await StoredLoop.ImportAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => new LoopRecordReader(stored.Store).ReadAsync("loop-nobody"));
    }

    [Fact]
    public async Task Read_AsOfAVersionTheStreamNeverReached_IsRejectedNamingTheStream()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var beyond = new PacketPosition(99, 1, [new("r1", 2), new("r2", 9), new("r3", 1)]);

        var error = await Assert.ThrowsAsync<PacketPositionException>(() => new LoopRecordReader(stored.Store).ReadAsync(StoredLoop.LoopId, beyond));

        Assert.Contains("round r2", error.Message);
    }
}
