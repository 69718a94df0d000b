using System.Net;
using System.Text.Json;
using InterviewLoop.Server.Tests.Support;
using static InterviewLoop.Server.Tests.Support.HubMessages;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>The recruiter board: who is scoring now, who submitted, and feedback overdue, on an injected clock.</summary>
public sealed class BoardTests : ServerTest
{
    // r4 of the sample is scheduled 2026-11-05 17:00 UTC for 60 minutes; feedback is due 24 hours after it ends.
    private static readonly DateTimeOffset R4Ends = new(2026, 11, 5, 18, 0, 0, TimeSpan.Zero);
    private const string LoopBoard = $"/api/board?loopId={SampleLoopId}";

    private readonly FakeClock _clock = new();

    protected override Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(DatabasePath, clock: _clock);

    private static JsonElement Round(JsonElement board, string roundId) =>
        board.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("roundId").GetString() == roundId);

    private static string[] Seats(JsonElement round) =>
        round.GetProperty("panel").EnumerateArray().Select(s => $"{s.GetProperty("interviewerId").GetString()}:{s.GetProperty("state").GetString()}").ToArray();

    [Fact]
    public async Task Board_ShowsWhoIsScoringNow_WhoDrafted_AndWhoSubmitted_WithoutRatings()
    {
        var riley = await SignedInAsync("riley");
        var dana = await HubAsAsync("dana");
        await dana.InvokeAsync("JoinRound", Loop, "r4");
        var lee = await SignedInAsync("lee");
        await lee.ChangeAsync(SampleRounds.R4, "note", "scope", "Asked how the queue drains after an outage.");

        var board = await riley.GetJsonAsync(LoopBoard);

        Assert.Equal(["u-21:scoring_now", "u-22:drafting"], Seats(Round(board, "r4")));
        Assert.Equal(["u-17:submitted", "u-40:submitted"], Seats(Round(board, "r3")));
        Assert.DoesNotContain("ratings", board.GetRawText());
        Assert.DoesNotContain("drains", board.GetRawText());
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public async Task Board_MarksMissingFeedbackOverdue_24HoursAfterTheRoundEnds(int secondsFromDue, bool overdue)
    {
        _clock.Set(R4Ends.AddHours(24).AddSeconds(secondsFromDue));
        var riley = await SignedInAsync("riley");

        var r4 = Round(await riley.GetJsonAsync(LoopBoard), "r4");

        Assert.Equal(overdue, r4.GetProperty("overdue").GetBoolean());
        Assert.Equal(R4Ends.AddHours(24), r4.GetProperty("feedbackDueAt").GetDateTimeOffset());
        Assert.All(r4.GetProperty("panel").EnumerateArray(), s => Assert.Equal(overdue, s.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task Board_NeverMarksASubmittedScorecardOverdue()
    {
        _clock.Set(R4Ends.AddDays(3));
        var riley = await SignedInAsync("riley");

        var r3 = Round(await riley.GetJsonAsync(LoopBoard), "r3");

        Assert.False(r3.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Board_ForADay_ListsOnlyThatDaysRounds()
    {
        var riley = await SignedInAsync("riley");

        var board = await riley.GetJsonAsync("/api/board?from=2026-11-05T00:00:00Z&to=2026-11-06T00:00:00Z");

        Assert.Equal(["r4"], board.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("roundId").GetString()));
    }

    [Theory]
    [InlineData("/api/board")]
    [InlineData("/api/board?from=2026-11-06T00:00:00Z&to=2026-11-05T00:00:00Z")]
    [InlineData("/api/board?from=2026-11-01T00:00:00Z&to=2026-11-09T00:00:00Z")]
    public async Task Board_WithoutALoopOrAValidPeriod_Is400(string path)
    {
        var riley = await SignedInAsync("riley");

        Assert.Equal(HttpStatusCode.BadRequest, (await riley.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Board_ForAnInterviewer_Is403()
    {
        var dana = await SignedInAsync("dana");

        Assert.Equal(HttpStatusCode.Forbidden, (await dana.GetAsync(LoopBoard)).StatusCode);
    }

    [Fact]
    public async Task BoardWatcher_IsNudgedWhenSomeoneStartsScoring()
    {
        var board = await HubAsAsync("riley");
        await board.InvokeAsync("JoinBoard");
        var lee = await SignedInAsync("lee");

        await lee.ChangeAsync(SampleRounds.R4, "rating", "scope", 3);

        Assert.Equal($"{SampleLoopId}/r4", (await board.NextPushAsync("BoardChanged")).GetProperty("roundKey").GetString());
    }
}
