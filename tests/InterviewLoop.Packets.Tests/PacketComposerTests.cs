using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class PacketComposerTests
{
    [Fact]
    public async Task Compose_AtDifferentTimes_GivesTheSameHashAndDifferentGeneratedAt()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var first = await stored.Composer.ComposeAsync(StoredLoop.LoopId);
        stored.Clock.Advance(TimeSpan.FromHours(3));

        var second = await stored.Composer.ComposeAsync(StoredLoop.LoopId);

        Assert.Equal(first.Seal.Sha256, second.Seal.Sha256);
        Assert.NotEqual(first.Seal.GeneratedAt, second.Seal.GeneratedAt);
    }

    [Fact]
    public async Task ComposeAt_ThePositionOfAnEarlierPacket_ReproducesItsHashAfterNewerEvents()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var earlier = await stored.Composer.ComposeAsync(StoredLoop.LoopId, PaperSize.Letter);
        await stored.SubmitRound3Async();

        var again = await stored.Composer.ComposeAtAsync(StoredLoop.LoopId, earlier.Seal.Position!, earlier.Seal.Paper, earlier.Seal.GeneratedAt);
        var now = await stored.Composer.ComposeAsync(StoredLoop.LoopId);

        Assert.Equal(earlier.Seal, again.Seal);
        Assert.Equal(earlier.Document.Render(), again.Document.Render());
        Assert.NotEqual(earlier.Seal.Sha256, now.Seal.Sha256);
    }

    [Fact]
    public async Task Compose_AfterADraftEdit_KeepsTheHashBecauseDraftsAreNeverShown()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var before = await stored.Composer.ComposeAsync(StoredLoop.LoopId);

        await stored.EditDraftAsync();
        var after = await stored.Composer.ComposeAsync(StoredLoop.LoopId);

        Assert.Equal(before.Seal.Sha256, after.Seal.Sha256);
        Assert.NotEqual(before.Seal.Position, after.Seal.Position);
    }

    [Fact]
    public async Task Compose_AfterTheDecision_ShowsItAndChangesTheHash()
    {
        await using var stored = await StoredLoop.ImportAsync();
        var before = await stored.Composer.ComposeAsync(StoredLoop.LoopId);

        await stored.Host.GetGrain<ILoopGrain>(StoredLoop.LoopId).Decide(new DecideLoop(DecisionOutcome.Hold, null, "Add a coding round.", "u-91", "Casey M."));
        var after = await stored.Composer.ComposeAsync(StoredLoop.LoopId);

        Assert.Equal("Hold", after.Model.Cover.DecisionStatus);
        Assert.Equal("Add a coding round.", after.Model.Decision!.Rationale);
        Assert.NotEqual(before.Seal.Sha256, after.Seal.Sha256);
    }

    [Fact]
    public void FromDocument_SealsWithoutAPosition()
    {
        var packet = PacketComposer.FromDocument(SampleLoop.Snapshot(), new Calibration.LoopCalibrator(), new FakeClock(SampleLoop.GeneratedAt));

        Assert.Null(packet.Seal.Position);
        Assert.Equal(Sealing.PacketHash.Of(packet.Model), packet.Seal.Sha256);
    }
}
