using System.Net;
using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class DebriefApiTests : ServerTest
{
    private const string Page = $"/debrief/{SampleLoopId}";
    private const string Pdf = $"/api/loops/{SampleLoopId}/packet.pdf";

    [Theory]
    [InlineData("dana")]
    [InlineData("riley")]
    public async Task DebriefPage_ForInterviewerOrRecruiter_Is403(string username)
    {
        var client = await SignedInAsync(username);

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("for the hiring committee", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("dana")]
    [InlineData("riley")]
    public async Task PacketPdf_ForInterviewerOrRecruiter_Is403(string username)
    {
        var client = await SignedInAsync(username);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Pdf)).StatusCode);
    }

    [Fact]
    public async Task DebriefPage_SignedOut_RedirectsToLogin()
    {
        var response = await Server.NewClient().GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("casey")]
    [InlineData("admin")]
    public async Task DebriefPage_ForCommitteeOrAdmin_IsThePacketWithTheIncompleteBannerWhileR4IsOpen(string username)
    {
        var client = await SignedInAsync(username);

        var response = await client.GetAsync(Page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("<h1>Daniel R.</h1>", html);
        Assert.Contains("class=\"banner incomplete\"", html);
        Assert.Contains("Not submitted yet: r4: Dana K.; r4: Lee S.", html);
    }

    [Fact]
    public async Task DebriefPage_NeverShowsADraft()
    {
        var dana = await SignedInAsync("dana");
        Assert.True((await dana.ChangeAsync(SampleRounds.R4, "note", "scope", "DRAFT-ONLY: sized the queue by hand")).IsSuccessStatusCode);
        var casey = await SignedInAsync("casey");

        var html = await casey.GetStringAsync(Page);

        Assert.DoesNotContain("DRAFT-ONLY", html);
        Assert.Contains("<h3>Dana K.<span class=\"status\">Not submitted yet</span></h3>", html);
    }

    [Fact]
    public async Task PacketPdf_ForCommittee_IsASealedPdfOfTheSameContentAsThePage()
    {
        var casey = await SignedInAsync("casey");
        var html = await casey.GetStringAsync(Page);

        var response = await casey.GetAsync(Pdf);
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var pageOne = await PdfFiles.FirstPageTextAsync(pdf);
        Assert.Contains("Daniel R.", pageOne);
        var hash = Regex.Match(html, "sha256=([0-9a-f]{64})").Groups[1].Value;
        Assert.Contains($"sha256={hash}", Regex.Replace(pageOne, @"\s", ""));
    }

    [Theory]
    [InlineData("letter", HttpStatusCode.OK)]
    [InlineData("a4", HttpStatusCode.OK)]
    [InlineData("legal", HttpStatusCode.BadRequest)]
    public async Task PacketPdf_TakesA4OrLetter(string paper, HttpStatusCode expected)
    {
        var casey = await SignedInAsync("casey");

        var response = await casey.GetAsync($"{Pdf}?paper={paper}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PacketPdf_UnknownLoop_Is404()
    {
        var casey = await SignedInAsync("casey");

        Assert.Equal(HttpStatusCode.NotFound, (await casey.GetAsync("/api/loops/loop-nobody/packet.pdf")).StatusCode);
    }
}
