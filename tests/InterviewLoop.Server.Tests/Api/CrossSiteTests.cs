using System.Net;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class CrossSiteTests : ServerTest
{
    private const string Recompute = $"/api/loops/{SampleLoopId}/calibration";

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    public async Task Write_FromAnotherSite_Is403AndChangesNothing(string header, string value)
    {
        var riley = await SignedInAsync("riley");
        using var request = new HttpRequestMessage(HttpMethod.Post, Recompute);
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await riley.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Cross-site request refused", (await response.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await riley.GetAsync($"{Recompute}/latest")).StatusCode);
    }

    [Fact]
    public async Task Write_FromTheSameOrigin_IsServed()
    {
        var riley = await SignedInAsync("riley");
        using var request = new HttpRequestMessage(HttpMethod.Post, Recompute);
        request.Headers.TryAddWithoutValidation("Origin", riley.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        var response = await riley.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
    }

    [Fact]
    public async Task Read_FollowingALinkFromAnotherSite_IsServed()
    {
        var casey = await SignedInAsync("casey");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/debrief/{SampleLoopId}");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        Assert.Equal(HttpStatusCode.OK, (await casey.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData($"/api/loops/{SampleLoopId}/debrief")]
    [InlineData($"/api/loops/{SampleLoopId}/export")]
    [InlineData($"/api/loops/{SampleLoopId}/calibration")]
    [InlineData($"/loops/{SampleLoopId}/debrief")]
    [InlineData($"/api/board?loopId={SampleLoopId}")]
    public async Task Answers_WithPersonnelData_AreNotStoredByTheBrowser(string path)
    {
        var response = await (await SignedInAsync("admin")).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task StaticFiles_StayCacheable()
    {
        var response = await Server.NewClient().GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("no-store", response.Headers.CacheControl?.ToString());
    }
}
