using InterviewLoop.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

public sealed class ReconnectTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ChangeMadeWhileTheServerIsDown_IsKeptAndSavedOnceItIsBack()
    {
        var database = Temp.File("interviewloop.db");
        await using var first = await RunningServer.StartAsync(database);
        var address = first.Address;
        var page = await NewSignedInPageAsync(first, "dana", $"/score/{LoopId}/r4");
        await page.ExpectConnectedAsync();

        await first.DisposeAsync();
        await Expect(page.Status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Offline"));
        await page.Rating("Influence", 2).ClickAsync();
        await Expect(page.Status).Not.ToHaveTextAsync("Saved");
        await using var second = await RunningServer.StartAsync(database, url: address.ToString().TrimEnd('/'));

        await Expect(page.Status).ToHaveTextAsync("Saved", new() { Timeout = 30_000 });
        var dana = second.NewClient();
        await dana.SignInAsync("dana");
        var own = await dana.GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.Equal(2, own.GetProperty("scorecard").GetProperty("ratings").GetProperty("influence").GetInt32());
    }
}
