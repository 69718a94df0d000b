using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>Scorecard progress: drafts, submissions, imports, and appends that fail.</summary>
public abstract partial class ReadModelTests
{
    [Fact]
    public async Task Draft_MarksTheInterviewerDraftingAndTheLoopInProgress()
    {
        await Store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1")));

        var r4 = (await _db.Loops.ListRoundsAsync(Sample.LoopId))[3];
        var loop = await _db.Loops.FindLoopAsync(Sample.LoopId);

        Assert.Equal(["u-21"], r4.DraftingIds);
        Assert.Empty(r4.SubmittedIds);
        Assert.Equal((LoopStates.InProgress, 0), (loop!.State, loop.SubmittedCount));
    }

    [Fact]
    public async Task FurtherDraftEdits_LeaveTheLoopUntouchedUntilSomeoneNewStarts()
    {
        _temp.Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1")));
        var firstEdit = _temp.Clock.GetUtcNow();
        _temp.Clock.Advance(TimeSpan.FromMinutes(5));

        await Store.AppendAsync(Appends.Round("r4", 2, Appends.Rating("u-21", "judgment", 3, "op-2")));
        var afterSameInterviewer = (await _db.Loops.FindLoopAsync(Sample.LoopId))!.UpdatedAt;
        await Store.AppendAsync(Appends.Round("r4", 3, Appends.Rating("u-22", "scope", 2, "op-3")));
        var afterNewInterviewer = (await _db.Loops.FindLoopAsync(Sample.LoopId))!.UpdatedAt;

        Assert.Equal(firstEdit, afterSameInterviewer);
        Assert.Equal(_temp.Clock.GetUtcNow(), afterNewInterviewer);
        Assert.Equal(["u-21", "u-22"], (await _db.Loops.ListRoundsAsync(Sample.LoopId))[3].DraftingIds);
    }

    [Fact]
    public async Task Submit_MovesTheInterviewerFromDraftingToSubmittedAndCountsIt()
    {
        await Store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1"), Appends.Submit("u-21", "op-2")));

        var r4 = (await _db.Loops.ListRoundsAsync(Sample.LoopId, "u-21"))[3];
        var loop = await _db.Loops.FindLoopAsync(Sample.LoopId);

        Assert.Empty(r4.DraftingIds);
        Assert.Equal(["u-21"], r4.SubmittedIds);
        Assert.True(r4.Submitted);
        Assert.Equal(PanelRole.Lead, r4.PanelRole);
        Assert.Equal((1, 6), (loop!.SubmittedCount, loop.ExpectedCount));
    }

    [Fact]
    public async Task ImportedSubmittedScorecard_CountsAsSubmitted()
    {
        var imported = new ScorecardBuilder("u-17", "Priya N.").Rate("role_fit", 4).SubmittedAt(Sample.At("2026-02-10T16:00:00Z")).Build();

        await Store.AppendAsync(Appends.Round("r1", 1, new ScorecardImported(imported)));

        var r1 = (await _db.Loops.ListRoundsAsync(Sample.LoopId))[0];
        Assert.Equal(["u-17"], r1.SubmittedIds);
        Assert.Equal(1, (await _db.Loops.FindLoopAsync(Sample.LoopId))!.SubmittedCount);
    }

    [Fact]
    public async Task ConflictingAppend_LeavesTheReadModelsUnchanged()
    {
        await Store.AppendAsync(Appends.Round("r4", 1, Appends.Rating("u-21", "scope", 4, "op-1")));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.AppendAsync(
            [.. Appends.Round("r3", 1, Appends.Rating("u-17", "scope", 4, "op-2")), .. Appends.Round("r4", 1, Appends.Submit("u-21", "op-3"))]));

        var rounds = await _db.Loops.ListRoundsAsync(Sample.LoopId);
        Assert.Empty(rounds[2].DraftingIds);
        Assert.Equal(["u-21"], rounds[3].DraftingIds);
        Assert.Empty(rounds[3].SubmittedIds);
    }
}
