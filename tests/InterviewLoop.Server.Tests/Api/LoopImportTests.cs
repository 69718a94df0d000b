using System.Net;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class LoopImportTests : ServerTest
{
    [Fact]
    public async Task Import_WithRatingOutsideScale_Is400WithJsonPath_AndWritesNothing()
    {
        var riley = await SignedInAsync("riley");
        var document = LoopDocuments.Sample("loop-bad");
        document["loop"]!["rounds"]![2]!["scorecards"]![0]!["ratings"]!["scope"] = 7;

        var response = await riley.PostAsync("/api/loops/import", new StringContent(document.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("loop.rounds[2].scorecards[0].ratings.scope", problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("loop.rounds[2].scorecards[0].ratings.scope", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await riley.GetAsync("/api/loops/loop-bad")).StatusCode);
        Assert.Equal(1, (await riley.GetJsonAsync("/api/loops")).GetArrayLength());
    }

    [Fact]
    public async Task Import_WithBrokenJson_Is400AndWritesNothing()
    {
        var riley = await SignedInAsync("riley");

        var response = await riley.PostAsync("/api/loops/import", new StringContent("{\"schema\": \"interviewloop.loop/v1\", \"loop\": {"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await riley.GetJsonAsync("/api/loops")).GetArrayLength());
    }

    [Fact]
    public async Task Import_OfValidDocumentByAdmin_CreatesTheLoopWithItsScorecards()
    {
        var admin = await SignedInAsync("admin");

        var response = await admin.PostAsync("/api/loops/import", new StringContent(LoopDocuments.Sample("loop-copy").ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/loops/loop-copy", response.Headers.Location?.OriginalString);
        var detail = await admin.GetJsonAsync("/api/loops/loop-copy");
        Assert.Equal(4, detail.GetProperty("rounds").GetArrayLength());
        Assert.Equal("Daniel R.", detail.GetProperty("loop").GetProperty("candidateName").GetString());
    }

    [Fact]
    public async Task Import_WithScorecardsByRecruiter_Is403AndWritesNothing()
    {
        var riley = await SignedInAsync("riley");

        var response = await riley.PostAsync("/api/loops/import", new StringContent(LoopDocuments.Sample("loop-forged").ToJsonString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("admin role", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await riley.GetAsync("/api/loops/loop-forged")).StatusCode);
    }

    [Fact]
    public async Task Import_OfPlanOnlyByRecruiter_CreatesTheLoop()
    {
        var riley = await SignedInAsync("riley");

        var response = await riley.PostAsync("/api/loops/import", new StringContent(LoopDocuments.SmallLoop("loop-plan", "u-17")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Import_OfExistingLoopId_Is409()
    {
        var admin = await SignedInAsync("admin");

        var response = await admin.PostAsync("/api/loops/import", new StringContent(await File.ReadAllTextAsync(RepoFiles.SampleLoop)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Create_WithPlanOnly_Is201_AndWithScorecards_Is400NamingThem()
    {
        var riley = await SignedInAsync("riley");

        var planned = await riley.PostAsync("/api/loops", new StringContent(LoopDocuments.SmallLoop("loop-new", "u-22")));
        var withScorecards = await riley.PostAsync("/api/loops", new StringContent(LoopDocuments.Sample("loop-full").ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withScorecards.StatusCode);
        Assert.Equal("loop.rounds[0].scorecards", (await withScorecards.JsonAsync()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await riley.GetAsync("/api/loops/loop-full")).StatusCode);
    }
}
