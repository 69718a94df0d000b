using System.Globalization;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

/// <summary>Submit reasons, amendments and catch-up through the round grain.</summary>
public sealed partial class RoundGrainLiveTests
{
    [Fact]
    public async Task SubmitWithReason_AndAmend_AreKeptInTheAuditAcrossActivations()
    {
        var (host, round) = await PlannedAsync();
        await using var _ = host;
        await SubmitAsync(round, "u-1", "Evidence for scope is in my summary.");

        var amended = await round.Amend("u-1", Rate("amend-1", "scope", 3), "Re-read the notes.");
        var duplicate = await round.Amend("u-1", Rate("amend-1", "scope", 3), "Re-read the notes.");
        await host.DeactivateAsync<IRoundGrain>("loop-1/r1");

        var audit = Assert.Single((await round.GetView()).Audits);
        Assert.Equal(3, amended.Scorecard.Ratings["scope"]);
        Assert.True(duplicate.Duplicate);
        Assert.Equal("Evidence for scope is in my summary.", audit.SubmitReason);
        Assert.Equal("4", Assert.Single(audit.Amendments).PreviousValue);
    }
    [Fact]
    public async Task ChangesSince_ListsOnlyTheCallersOwnWritesAfterTheSequence()
    {
        var (host, round) = await PlannedAsync();
        await using var _ = host;
        var before = (await round.Change("u-1", Rate("a", "scope", 2))).Sequence;
        await round.Change("u-2", Rate("colleague", "scope", 5));
        await round.Change("u-1", Rate("b", "impact", 4));
        await round.Start("u-1");

        var missed = await round.ChangesSince("u-1", before);

        Assert.Equal(["b"], missed.Changes.Select(c => c.OperationId));
        Assert.Equal("change", missed.Changes[0].Kind);
        Assert.Equal(2, missed.Scorecard.Ratings["scope"]);
        Assert.Equal((await round.GetView()).Sequence, missed.Sequence);
    }
}
