using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>Round listings: per loop and per interviewer.</summary>
public abstract partial class ReadModelTests
{
    [Fact]
    public async Task Rounds_AreListedInPlanOrderWithTheirPanels()
    {
        var rounds = await _db.Loops.ListRoundsAsync(Sample.LoopId);

        Assert.Equal(["r1", "r2", "r3", "r4"], rounds.Select(r => r.RoundId));
        Assert.Equal([0, 1, 2, 3], rounds.Select(r => r.Sequence));
        var r4 = rounds[3];
        Assert.Equal((RoundKind.SystemDesign, "senior-evidence/v1", 45), (r4.Kind, r4.RubricId, r4.DurationMinutes));
        Assert.Equal(Sample.At("2026-02-18T14:00:00Z"), r4.StartedAt);
        Assert.Equal([Sample.Dana, Sample.Lee], r4.Panel);
        Assert.Equal(("Daniel R.", "Senior Backend Engineer", "loop-2026-0142/r4"), (r4.CandidateName, r4.RoleTitle, r4.Key));
    }

    [Fact]
    public async Task RoundsForInterviewer_ListOnlyThePanelMembersRoundsWithRoleAndSubmission()
    {
        await Store.AppendAsync(Appends.Round("r1", 1, Appends.Rating("u-17", "role_fit", 3, "op-1"), Appends.Submit("u-17", "op-2")));

        var priya = await _db.Loops.ListRoundsForInterviewerAsync("u-17");
        var lee = await _db.Loops.ListRoundsForInterviewerAsync("u-22");

        Assert.Equal([("r1", true), ("r3", false)], priya.Select(r => (r.RoundId, r.Submitted)));
        Assert.All(priya, r => Assert.Equal(PanelRole.Lead, r.PanelRole));
        Assert.Equal(("r4", PanelRole.Shadow, "Daniel R."), (Assert.Single(lee).RoundId, lee[0].PanelRole, lee[0].CandidateName));
        Assert.Empty(await _db.Loops.ListRoundsForInterviewerAsync("u-99"));
    }

    [Fact]
    public async Task PanelAssigned_ReplacesWhoSeesTheRoundAndTheExpectedCount()
    {
        await Store.AppendAsync(Appends.Round("r4", 1, new PanelAssigned(new Panel([Sample.Dana, Sample.Marcus with { Role = PanelRole.Shadow }]))));

        Assert.Empty(await _db.Loops.ListRoundsForInterviewerAsync("u-22"));
        Assert.Equal(["r2", "r3", "r4"], (await _db.Loops.ListRoundsForInterviewerAsync("u-40")).Select(r => r.RoundId).Order());
        Assert.Equal(PanelRole.Shadow, (await _db.Loops.ListRoundsAsync(Sample.LoopId, "u-40"))[3].PanelRole);
        Assert.Equal(6, (await _db.Loops.FindLoopAsync(Sample.LoopId))!.ExpectedCount);
    }

    [Fact]
    public async Task Drafting_IsListedOnceCommitted_EvenAfterTheSameEditFailedInAnotherWrite()
    {
        // The first write projects u-17's draft on r1, then fails on a round that was never scheduled, so
        // none of it is stored. Had that projection counted u-17 as listed, the next edit would skip the list.
        var failed = Appends.Round("r1", 1, Appends.Rating("u-17", "role_fit", 3, "op-1"))
            .Concat(Appends.Round("r9", 0, Appends.Rating("u-17", "role_fit", 3, "op-2"))).ToArray();
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => Store.AppendAsync(failed));

        await Store.AppendAsync(Appends.Round("r1", 1, Appends.Rating("u-17", "role_fit", 4, "op-3")));
        await Store.AppendAsync(Appends.Round("r1", 2, Appends.Rating("u-17", "role_fit", 5, "op-4")));

        var r1 = (await _db.Loops.ListRoundsAsync(Sample.LoopId)).Single(r => r.RoundId == "r1");
        Assert.Equal(["u-17"], r1.DraftingIds);
        Assert.Equal(3, (await Store.ReadAsync(Appends.RoundStream(Sample.LoopId, "r1"), 0)).Count);
    }

    [Fact]
    public async Task UnknownLoop_HasNoSummaryAndNoRounds()
    {
        Assert.Null(await _db.Loops.FindLoopAsync("loop-none"));
        Assert.Empty(await _db.Loops.ListRoundsAsync("loop-none"));
    }
}
