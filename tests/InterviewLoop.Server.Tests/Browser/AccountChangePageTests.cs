using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>Pages left open while an admin changes the account behind them (docs/decisions/0024).</summary>
public sealed class AccountChangePageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly TimeSpan PastTheInterval = TimeSpan.FromMinutes(2);
    private readonly TimerClock _clock = new();

    [Fact]
    public async Task RatingSentAfterTheInterval_WhenRolesChangedButStillInterviewer_LandsAfterTheHubReconnects()
    {
        await using var server = await StartAsync();
        var dana = await NewSignedInPageAsync(server, "dana");
        var sockets = 0;
        dana.Page.WebSocket += (_, socket) => { if (socket.Url.Contains("/hubs/scoring", StringComparison.Ordinal)) Interlocked.Increment(ref sockets); };
        await dana.OpenAsync(LoopId, "r4");
        await ChangeUserAsync(server, "u-21", new { roles = new[] { "interviewer", "committee" } });
        _clock.Skip(PastTheInterval);

        await dana.Rating("Influence", 2).ClickAsync();

        await Expect(dana.Status).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });
        await Expect(dana.Page.Locator("#page-error")).ToHaveTextAsync(new Regex("^$"));
        Assert.Equal(2, Volatile.Read(ref sockets));
        var stored = await (await SignedInApiAsync(server, "dana")).GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.Equal(2, stored.GetProperty("scorecard").GetProperty("ratings").GetProperty("influence").GetInt32());
    }

    [Fact]
    public async Task RatingSentAfterTheInterval_ByADeactivatedInterviewer_IsNotSaved_AndThePageSaysTheSignInEnded()
    {
        await using var server = await StartAsync();
        var dana = await NewSignedInPageAsync(server, "dana", $"/score/{LoopId}/r4");
        await dana.ExpectConnectedAsync();
        await ChangeUserAsync(server, "u-21", new { active = false });
        _clock.Skip(PastTheInterval);

        await dana.Rating("Influence", 2).ClickAsync();

        await Expect(dana.Page.Locator("#page-error")).ToHaveTextAsync(new Regex("^Your sign-in has ended"), new() { Timeout = 30_000 });
        await Expect(dana.Status).ToHaveTextAsync("Not saved");
        await ChangeUserAsync(server, "u-21", new { active = true });
        var stored = await (await SignedInApiAsync(server, "dana")).GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.False(stored.GetProperty("scorecard").GetProperty("ratings").TryGetProperty("influence", out _));
    }

    [Fact]
    public async Task Board_OfARecruiterWhoLostTheRole_StopsFollowingAfterTheInterval_AndSaysWhy()
    {
        await using var server = await StartAsync();
        var riley = await NewSignedInPageAsync(server, "riley", $"/board?loop={LoopId}");
        await Expect(riley.Status).ToHaveTextAsync("Connected");
        await ChangeUserAsync(server, "u-90", new { roles = new[] { "interviewer" } });

        _clock.Advance(PastTheInterval);

        await Expect(riley.Page.Locator("#board-error")).ToHaveTextAsync(new Regex("^Only recruiters and admins"), new() { Timeout = 30_000 });
        await Expect(riley.Status).ToHaveTextAsync("Not saved");
    }

    private Task<RunningServer> StartAsync() => RunningServer.StartAsync(Temp.File("interviewloop.db"), clock: _clock);

    private static async Task ChangeUserAsync(RunningServer server, string id, object change) =>
        (await (await SignedInApiAsync(server, "admin")).PatchJsonAsync($"/api/users/{id}", change)).EnsureSuccessStatusCode();
}
