using System.Net;
using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The server, a real child process, killed with SIGKILL mid-round and started again on the same database.</summary>
public sealed class ServerKillPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string ScopeNote = "Chose per-tenant queues over one shared queue and named the two teams affected.";

    [Fact]
    public async Task ServerKilledMidRound_EveryAcknowledgedChangeIsThere_AndThePagesCatchUp()
    {
        var database = Temp.File("interviewloop.db");
        var port = ServerProcess.FreePort();
        var server = await ServerProcess.StartAsync(database, port);
        var laptop = await NewSignedInPageAsync(server.Address, "dana", $"/score/{LoopId}/r4");
        var phone = await NewSignedInPageAsync(server.Address, "dana", $"/score/{LoopId}/r4");
        var lee = await NewSignedInPageAsync(server.Address, "lee", $"/score/{LoopId}/r4");
        await laptop.ExpectConnectedAsync();
        await phone.ExpectConnectedAsync();
        await laptop.RateAsync("Scope", 4);
        await laptop.WriteNoteAsync("scope", ScopeNote);

        await server.KillAsync();
        await Expect(laptop.Status).ToHaveTextAsync(new Regex("^Offline"));
        await laptop.Rating("Production ownership", 3).ClickAsync();
        await using var restarted = await ServerProcess.StartAsync(database, port);

        await Expect(laptop.Status).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });
        // The phone reconnects on its own backoff after the restart; on a loaded 2-core machine that can take a while.
        var catchUp = new Microsoft.Playwright.LocatorAssertionsToBeCheckedOptions { Timeout = 30_000 };
        await Expect(phone.Rating("Scope", 4)).ToBeCheckedAsync(catchUp);
        await Expect(phone.Note("scope")).ToHaveValueAsync(ScopeNote, new() { Timeout = 30_000 });
        await Expect(phone.Rating("Production ownership", 3)).ToBeCheckedAsync(catchUp);
        await Expect(lee.Presence).ToHaveTextAsync(["Dana K. · lead · 2 devices", "Lee S. · shadow"], new() { Timeout = 30_000 });
        var stored = await DanasScorecardAsync(restarted.Address);
        Assert.Equal(4, stored.GetProperty("ratings").GetProperty("scope").GetInt32());
        Assert.Equal(3, stored.GetProperty("ratings").GetProperty("production_ownership").GetInt32());
        Assert.Contains(ScopeNote, stored.GetRawText());
        await server.DisposeAsync();
    }

    private static async Task<System.Text.Json.JsonElement> DanasScorecardAsync(Uri address)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
        await client.SignInAsync("dana");
        return (await client.GetJsonAsync($"{SampleRounds.R4}/scorecards/me")).GetProperty("scorecard");
    }
}
