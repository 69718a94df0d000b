using System.Text.Json;
using InterviewLoop.Server.Tests.Support;
using static InterviewLoop.Server.Tests.Support.HubMessages;

namespace InterviewLoop.Server.Tests.Hub;

/// <summary>Hub pushes and catch-up carry only what the receiver may see.</summary>
public sealed class IndependenceHubTests : ServerTest
{
    private static string[] CardsIn(JsonElement push) =>
        push.GetProperty("scorecards").EnumerateArray().Select(c => c.GetProperty("scorecard").GetProperty("interviewerId").GetString()!).ToArray();

    private static async Task SubmitAsync(HubTestClient hub)
    {
        await hub.InvokeAsync("Change", Loop, "r4", Rating("scope", 3));
        await hub.InvokeAsync("Change", Loop, "r4", new { operationId = Guid.NewGuid().ToString("N"), field = "recommendation", dimension = (string?)null, value = "mixed" });
        var ack = await hub.InvokeAsync("Submit", Loop, "r4", Guid.NewGuid().ToString("N"));
        Assert.False(ack.TryGetProperty("error", out _), ack.GetRawText());
    }

    [Fact]
    public async Task LeadsSubmit_IsNotPushedToTheShadowWhoOwes_ButReachesThemOnceTheySubmit()
    {
        var dana = await HubAsAsync("dana");
        var lee = await HubAsAsync("lee");
        await dana.InvokeAsync("JoinRound", Loop, "r4");
        await lee.InvokeAsync("JoinRound", Loop, "r4");

        await SubmitAsync(dana);
        var whileOwing = await lee.NextPushAsync("ColleaguesChanged");
        await SubmitAsync(lee);
        var afterSubmitting = await lee.NextPushAsync("ColleaguesChanged");

        Assert.Empty(CardsIn(whileOwing));
        Assert.Equal(["u-21"], CardsIn(afterSubmitting));
        Assert.Equal(["u-22"], CardsIn(await dana.NextPushAsync("ColleaguesChanged", p => CardsIn(p).Length > 0)));
    }

    [Fact]
    public async Task TrainingMode_PushesTheLeadsEditsToTheShadowLive_AndNothingOfTheShadowToTheLead()
    {
        var dana = await HubAsAsync("dana");
        var lee = await HubAsAsync("lee");
        await (await SignedInAsync("riley")).PutAsync($"{SampleRounds.R4}/training", JsonContent(new { enabled = true }));
        await dana.InvokeAsync("JoinRound", Loop, "r4");
        await lee.InvokeAsync("JoinRound", Loop, "r4");

        await lee.InvokeAsync("Change", Loop, "r4", Rating("scope", 1));
        await dana.InvokeAsync("Change", Loop, "r4", Rating("impact", 4));

        var live = await lee.NextPushAsync("ColleaguesChanged");
        Assert.Equal(["u-21"], CardsIn(live));
        Assert.Equal(4, live.GetProperty("scorecards")[0].GetProperty("scorecard").GetProperty("ratings").GetProperty("impact").GetInt32());
        await dana.InvokeAsync("JoinRound", Loop, "r4");
        Assert.All(dana.TakeReceivedPushes(), p => Assert.DoesNotContain("u-22\",\"interviewerName", p.GetRawText()));
    }

    [Fact]
    public async Task Catchup_ReturnsTheCallersOwnChangesFromAnyDevice_AndNoColleagues()
    {
        var laptop = await HubAsAsync("dana");
        var phone = await HubAsAsync("dana");
        var lee = await HubAsAsync("lee");
        var seen = (await phone.InvokeAsync("JoinRound", Loop, "r4")).GetProperty("result").GetProperty("sequence").GetInt64();

        await laptop.InvokeAsync("Change", Loop, "r4", Rating("scope", 4, "laptop-1"));
        await lee.InvokeAsync("Change", Loop, "r4", Rating("scope", 2, "lee-1"));
        await laptop.InvokeAsync("Change", Loop, "r4", Rating("impact", 3, "laptop-2"));
        var missed = (await phone.InvokeAsync("Catchup", Loop, "r4", seen)).GetProperty("result");

        Assert.Equal(["laptop-1", "laptop-2"], missed.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("operationId").GetString()));
        Assert.Equal(4, missed.GetProperty("scorecard").GetProperty("ratings").GetProperty("scope").GetInt32());
        Assert.DoesNotContain("lee-1", missed.GetRawText());
    }

    [Fact]
    public async Task CheckCoherence_OverTheHub_ReturnsOnlyTheCallersOwnIssues()
    {
        var dana = await HubAsAsync("dana");
        var lee = await HubAsAsync("lee");
        await dana.InvokeAsync("Change", Loop, "r4", Rating("impact", 5));

        var forDana = (await dana.InvokeAsync("CheckCoherence", Loop, "r4")).GetProperty("result");
        var forLee = (await lee.InvokeAsync("CheckCoherence", Loop, "r4")).GetProperty("result");

        Assert.Equal("unsupported_rating", Assert.Single(forDana.EnumerateArray()).GetProperty("code").GetString());
        Assert.Empty(forLee.EnumerateArray());
    }

    [Fact]
    public async Task SubmitWithReason_OverTheHub_SubmitsDespiteIssues()
    {
        var dana = await HubAsAsync("dana");
        await dana.InvokeAsync("Change", Loop, "r4", Rating("impact", 5));
        await dana.InvokeAsync("Change", Loop, "r4", new { operationId = "rec", field = "recommendation", dimension = (string?)null, value = "yes" });

        var refused = await dana.InvokeAsync("Submit", Loop, "r4", "s-1");
        var accepted = (await dana.InvokeAsync("SubmitWithReason", Loop, "r4", "s-2", "Evidence is in the linked design doc.")).GetProperty("result");

        Assert.Equal("scorecard.incoherent", Problem(refused).GetProperty("code").GetString());
        Assert.NotEqual(JsonValueKind.Null, accepted.GetProperty("scorecard").GetProperty("submittedAt").ValueKind);
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
