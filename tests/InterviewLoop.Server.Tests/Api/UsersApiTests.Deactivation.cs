using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>Deactivating and reactivating users through <c>PATCH /api/users/{id}</c> <c>{"active"}</c>.</summary>
public sealed partial class UsersApiTests
{
    [Fact]
    public async Task Deactivate_ShowsTheUserInactive_RefusesTheirSignInAsAWrongPasswordIs_AndReactivateLetsThemIn()
    {
        var admin = await SignedInAsync("admin");

        var deactivated = await admin.PatchJsonAsync("/api/users/u-21", new { active = false });
        var refused = await LoginAsync("dana", HttpClientExtensions.DemoPassword);
        var wrongPassword = await LoginAsync("lee", "not-her-password");
        var listed = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == "u-21");
        (await admin.PatchJsonAsync("/api/users/u-21", new { active = true })).EnsureSuccessStatusCode();

        Assert.False((await deactivated.JsonAsync()).GetProperty("active").GetBoolean());
        Assert.False(listed.GetProperty("active").GetBoolean());
        Assert.Equal((HttpStatusCode.Unauthorized, await AnswerAsync(wrongPassword)), (refused.StatusCode, await AnswerAsync(refused)));
        await Server.NewClient().SignInAsync("dana");
    }

    [Fact]
    public async Task Deactivate_EndsTheUsersOpenSessionAfterTheRecheckInterval_NotBefore()
    {
        var admin = await SignedInAsync("admin");
        var dana = await SignedInAsync("dana");

        (await admin.PatchJsonAsync("/api/users/u-21", new { active = false })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromSeconds(30));
        var within = await dana.GetAsync("/api/me");
        _clock.Advance(TimeSpan.FromSeconds(31));
        var after = await dana.GetAsync("/api/me");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (within.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task Deactivate_TheLastActiveAdmin_Is409NamingActive()
    {
        var admin = await SignedInAsync("admin");

        var response = await admin.PatchJsonAsync("/api/users/u-99", new { active = false });

        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(("user.last_admin", "active"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task DropAdmin_WhenTheOnlyOtherAdminIsDeactivated_Is409()
    {
        var admin = await SignedInAsync("admin");
        (await admin.PostAsJsonAsync("/api/users", new { id = "u-98", username = "ops", displayName = "Ops", roles = new[] { "admin" }, password = Password })).EnsureSuccessStatusCode();
        (await admin.PatchJsonAsync("/api/users/u-98", new { active = false })).EnsureSuccessStatusCode();

        var response = await admin.PatchJsonAsync("/api/users/u-99", new { roles = new[] { "committee" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("user.last_admin", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("\"no\"")]
    [InlineData("0")]
    [InlineData("{}")]
    public async Task Change_WithActiveNotTrueOrFalse_Is400NamingIt_AndChangesNothing(string active)
    {
        var admin = await SignedInAsync("admin");

        var response = await admin.PatchAsync("/api/users/u-21", new StringContent($$"""{"displayName":"Dana X.","active":{{active}}}""", null, "application/json"));

        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("user.active", "active"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        var dana = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == "u-21");
        Assert.Equal(("Dana K.", true), (dana.GetProperty("displayName").GetString(), dana.GetProperty("active").GetBoolean()));
    }

    [Fact]
    public async Task Deactivate_UnknownUser_Is404_AndLeavesEveryoneActive()
    {
        var admin = await SignedInAsync("admin");

        var response = await admin.PatchJsonAsync("/api/users/u-404", new { active = false });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.All((await admin.GetJsonAsync("/api/users")).EnumerateArray(), u => Assert.True(u.GetProperty("active").GetBoolean()));
    }

    [Fact]
    public async Task Deactivate_APanelist_KeepsTheirSubmittedScorecardsInTheDebrief()
    {
        var admin = await SignedInAsync("admin");

        (await admin.PatchJsonAsync("/api/users/u-17", new { active = false })).EnsureSuccessStatusCode();

        var debrief = await (await SignedInAsync("casey")).GetJsonAsync($"/api/loops/{SampleLoopId}/debrief");
        var cards = debrief.GetProperty("rounds").EnumerateArray()
            .SelectMany(r => r.GetProperty("scorecards").EnumerateArray().Select(s => s.GetProperty("interviewerId").GetString())).ToArray();
        Assert.Equal(2, cards.Count(id => id == "u-17"));
        var priya = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == "u-17");
        Assert.False(priya.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task FirstAdmin_WhenTheDatabasesOnlyAdminIsDeactivated_CreatesANewOne()
    {
        await Server.DisposeAsync();
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var deactivate = new SqliteCommand("UPDATE users SET active = 0 WHERE id = 'u-99';", connection);
            deactivate.ExecuteNonQuery();
        }

        await using var restarted = await RunningServer.StartAsync(DatabasePath, settings: ["--Auth:FirstAdmin:Username=ops", $"--Auth:FirstAdmin:Password={Password}"]);

        var ops = restarted.NewClient();
        await ops.SignInAsync("ops", Password);
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/api/users")).StatusCode);
    }

    private Task<HttpResponseMessage> LoginAsync(string username, string password) =>
        Server.NewClient().PostAsJsonAsync("/api/auth/login", new { username, password });

    // What a refused sign-in tells the caller, less the trace id that differs per request.
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var problem = await response.JsonAsync();
        return $"{problem.GetProperty("status")} {problem.GetProperty("title")}: {problem.GetProperty("detail")}";
    }
}
