using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class AuthApiTests : ServerTest
{
    [Fact]
    public async Task Login_WithDemoPassword_ThenMe_ReturnsTheUserAndRoles()
    {
        var client = await SignedInAsync("dana");

        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal("u-21", me.GetProperty("id").GetString());
        Assert.Equal("Dana K.", me.GetProperty("displayName").GetString());
        Assert.Equal(["interviewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Login_WithWrongPassword_Is401ProblemAndNoCookie()
    {
        var client = Server.NewClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = "dana", password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Login_WithoutUsername_Is400NamingTheField()
    {
        var response = await Server.NewClient().PostAsJsonAsync("/api/auth/login", new { username = "", password = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("username", (await response.JsonAsync()).GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/loops")]
    [InlineData("/api/me/rounds")]
    [InlineData("/api/loops/loop-2026-0142/rounds/r4")]
    public async Task Api_WhenSignedOut_Is401NotARedirect(string path)
    {
        var response = await Server.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/score/loop-2026-0142/r4")]
    public async Task Page_WhenSignedOut_RedirectsToLogin(string path)
    {
        var response = await Server.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task LoginPage_IsServedToAnyone()
    {
        var response = await Server.NewClient().GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form id=\"login-form\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = await SignedInAsync("riley");

        var logout = await client.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }
}
