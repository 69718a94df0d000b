using System.Net;
using System.Text.Json;
using InterviewLoop.Server.Tests.Support;
using static InterviewLoop.Server.Tests.Support.HubMessages;

namespace InterviewLoop.Server.Tests.Hub;

/// <summary>
/// Live scoring-hub connections follow the users table (docs/decisions/0024): a call made more than
/// Auth:RecheckUserAfter after the connection's last check reads the user first, and the sweep cuts off
/// connections that only listen. <see cref="TimerClock.Skip"/> moves time without running the sweep.
/// </summary>
public sealed class LiveRecheckTests : ServerTest
{
    private const string Negotiate = "/hubs/scoring/negotiate?negotiateVersion=1";
    private static readonly TimeSpan PastTheInterval = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly string[] NotApplied = ["session.changed", "cut"];
    private readonly TimerClock _clock = new();

    protected override Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(DatabasePath, clock: _clock);

    [Fact]
    public async Task Change_ByAnInterviewerDeactivatedAnIntervalAgo_IsNotSaved_AndTheirSignInNoLongerConnects()
    {
        var (http, cookies) = await SignInAsync("dana");
        var hub = await JoinedAsync(http, cookies);
        Assert.Equal("applied", await OutcomeAsync(hub.InvokeAsync("Change", Loop, "r4", Rating("scope", 2))));
        await ChangeUserAsync("u-21", new { active = false });
        _clock.Skip(PastTheInterval);

        var outcome = await OutcomeAsync(hub.InvokeAsync("Change", Loop, "r4", Rating("scope", 4)));

        Assert.Contains(outcome, NotApplied);
        await hub.Closed.WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync(Negotiate, null)).StatusCode);
        await ChangeUserAsync("u-21", new { active = true });
        var stored = await (await SignedInAsync("dana")).GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.Equal(2, stored.GetProperty("scorecard").GetProperty("ratings").GetProperty("scope").GetInt32());
    }

    [Fact]
    public async Task Change_AfterTheInterval_GoesThroughForARenamedInterviewer_AndLandsAfterAReconnectForOneWithNewRoles()
    {
        var (leeHttp, leeCookies) = await SignInAsync("lee");
        var lee = await JoinedAsync(leeHttp, leeCookies);
        var (danaHttp, danaCookies) = await SignInAsync("dana");
        var dana = await JoinedAsync(danaHttp, danaCookies);
        await ChangeUserAsync("u-22", new { displayName = "Lee Sato" });
        await ChangeUserAsync("u-21", new { roles = new[] { "interviewer", "committee" } });
        _clock.Skip(PastTheInterval);

        var leeOutcome = await OutcomeAsync(lee.InvokeAsync("Change", Loop, "r4", Rating("scope", 3)));
        var change = Rating("impact", 5, "op-sent-as-the-roles-changed");
        var danaOutcome = await OutcomeAsync(dana.InvokeAsync("Change", Loop, "r4", change));
        await dana.Closed.WaitAsync(Patience);
        var reconnected = await JoinedAsync(danaHttp, danaCookies);
        var resent = (await reconnected.InvokeAsync("Change", Loop, "r4", change)).GetProperty("result");

        Assert.Equal("applied", leeOutcome);
        Assert.Equal("applied", await OutcomeAsync(lee.InvokeAsync("JoinRound", Loop, "r4")));
        Assert.Contains(danaOutcome, NotApplied);
        Assert.False(resent.GetProperty("duplicate").GetBoolean());
        Assert.Equal(5, resent.GetProperty("scorecard").GetProperty("ratings").GetProperty("impact").GetInt32());
    }

    [Fact]
    public async Task JoinBoard_AfterTheIntervalByARecruiterWhoLostTheRole_IsRefused_AndAgainOnANewConnection()
    {
        var (http, cookies) = await SignInAsync("riley");
        var riley = await ConnectHubAsync(http, cookies);
        Assert.Equal("applied", await OutcomeAsync(riley.InvokeAsync("JoinBoard")));
        await ChangeUserAsync("u-90", new { roles = new[] { "committee" } });
        _clock.Skip(PastTheInterval);

        var outcome = await OutcomeAsync(riley.InvokeAsync("JoinBoard"));
        await riley.Closed.WaitAsync(Patience);
        var again = await ConnectHubAsync(http, cookies);

        Assert.Contains(outcome, NotApplied);
        Assert.Equal("access.denied", await OutcomeAsync(again.InvokeAsync("JoinBoard")));
    }

    [Fact]
    public async Task BoardListener_WhoseRecruiterRoleIsTakenAway_IsCutOffByTheSweep_WhileAnUnchangedUserStays()
    {
        var (http, cookies) = await SignInAsync("riley");
        var riley = await ConnectHubAsync(http, cookies);
        await riley.InvokeAsync("JoinBoard");
        var dana = await HubAsAsync("dana");
        await dana.InvokeAsync("JoinRound", Loop, "r4");
        await dana.InvokeAsync("Change", Loop, "r4", Rating("scope", 3));
        await riley.NextPushAsync("BoardChanged");
        await ChangeUserAsync("u-90", new { roles = new[] { "interviewer" } });

        _clock.Advance(PastTheInterval);

        await riley.Closed.WaitAsync(Patience);
        Assert.Equal("applied", await OutcomeAsync(dana.InvokeAsync("Change", Loop, "r4", Rating("impact", 4))));
    }

    private async Task<(HttpClient Http, CookieContainer Cookies)> SignInAsync(string username)
    {
        var cookies = new CookieContainer();
        var http = Server.NewClient(cookies);
        await http.SignInAsync(username);
        return (http, cookies);
    }

    private async Task<HubTestClient> JoinedAsync(HttpClient http, CookieContainer cookies)
    {
        var hub = await ConnectHubAsync(http, cookies);
        Assert.Equal("applied", await OutcomeAsync(hub.InvokeAsync("JoinRound", Loop, "r4")));
        return hub;
    }

    private async Task ChangeUserAsync(string id, object change) =>
        (await (await SignedInAsync("admin")).PatchJsonAsync($"/api/users/{id}", change)).EnsureSuccessStatusCode();

    // What became of a call: "applied", the code of the problem that refused it, or "cut" (closed before an answer).
    private static async Task<string> OutcomeAsync(Task<JsonElement> call)
    {
        try
        {
            var completion = await call;
            return completion.TryGetProperty("error", out _) ? Problem(completion).GetProperty("code").GetString()! : "applied";
        }
        catch (HubClosedException)
        {
            return "cut";
        }
    }
}
