using System.Net;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class LoopListTests : ServerTest
{
    [Fact]
    public async Task ListLoops_ForInterviewer_OnlyLoopsOnTheirPanels()
    {
        var riley = await SignedInAsync("riley");
        await riley.PostAsync("/api/loops/import", new StringContent(LoopDocuments.SmallLoop("loop-other", "u-17")));
        var dana = await SignedInAsync("dana");

        var loops = await dana.GetJsonAsync("/api/loops");
        var all = await riley.GetJsonAsync("/api/loops");

        Assert.Equal([SampleLoopId], loops.EnumerateArray().Select(l => l.GetProperty("loopId").GetString()));
        Assert.Equal(2, all.GetArrayLength());
    }

    [Fact]
    public async Task LoopDetail_ForInterviewerOnNoPanel_Is403()
    {
        var riley = await SignedInAsync("riley");
        await riley.PostAsync("/api/loops/import", new StringContent(LoopDocuments.SmallLoop("loop-other", "u-17")));
        var dana = await SignedInAsync("dana");

        var response = await dana.GetAsync("/api/loops/loop-other");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task MyRounds_ForRecruiter_Is403()
    {
        var riley = await SignedInAsync("riley");

        Assert.Equal(HttpStatusCode.Forbidden, (await riley.GetAsync("/api/me/rounds")).StatusCode);
    }
}
