using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Sources;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

/// <summary>The audit trail read from the log: submissions (with reasons), amendments (with reasons), as of a position.</summary>
public sealed class PacketAuditTests
{
    private static async Task<IReadOnlyList<PacketAuditEntry>> AuditAsync(StoredLoop stored, PacketPosition? asOf = null) =>
        asOf is null
            ? (await stored.Composer.ComposeAsync(StoredLoop.LoopId)).Model.Audit
            : (await stored.Composer.ComposeAtAsync(StoredLoop.LoopId, asOf, Rendering.PaperSize.A4, SampleLoop.GeneratedAt)).Model.Audit;

    [Fact]
    public async Task Audit_ListsAnAmendmentWithTheValueBeforeAndAfterAndItsReason()
    {
        await using var stored = await StoredLoop.ImportAsync();
        await stored.SubmitRound3Async();
        stored.Clock.Advance(TimeSpan.FromHours(2));

        await stored.AmendRound3Async("3", "Re-read my notes: the scope was one service, not the platform.");
        var amended = (await AuditAsync(stored))[^1];

        Assert.Equal(("r3", "Dana K.", "Amended rating of Scope: 4 → 3"), (amended.Round, amended.Who, amended.What));
        Assert.Equal("Re-read my notes: the scope was one service, not the platform.", amended.Reason);
        Assert.Equal(SampleLoop.GeneratedAt.AddHours(2), amended.At);
    }

    [Fact]
    public async Task Audit_KeepsTheReasonAndWarningsOfASubmitDespiteCoherenceWarnings()
    {
        await using var stored = await StoredLoop.ImportAsync();

        await stored.SubmitRound3Async("The evidence is in the summary.", ["unsupported_rating:scope"]);
        var submitted = (await AuditAsync(stored))[^1];

        Assert.Equal("Scorecard submitted (despite coherence warnings: unsupported_rating:scope)", submitted.What);
        Assert.Equal("The evidence is in the summary.", submitted.Reason);
    }

    [Fact]
    public async Task Audit_AsOfAPositionBeforeTheAmendment_DoesNotShowItAndShowsTheRatingBefore()
    {
        await using var stored = await StoredLoop.ImportAsync();
        await stored.SubmitRound3Async();
        var before = (await stored.Composer.ComposeAsync(StoredLoop.LoopId)).Seal.Position!;
        await stored.AmendRound3Async("2", "Misclicked.");

        var then = await stored.Composer.ComposeAtAsync(StoredLoop.LoopId, before, Rendering.PaperSize.A4, SampleLoop.GeneratedAt);

        Assert.DoesNotContain(then.Model.Audit, e => e.What.StartsWith("Amended", StringComparison.Ordinal));
        Assert.Equal(4, then.Model.Rounds[2].Scorecards[0].Dimensions.Single(d => d.Id == "scope").Rating);
    }
}
