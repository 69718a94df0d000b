using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed partial class UsersApiTests : ServerTest
{
    private const string Password = "correct horse battery";
    private readonly FakeClock _clock = new();

    protected override Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(DatabasePath, clock: _clock);

    private static object NewInterviewer(string username = "sam") =>
        new { id = "u-55", username, displayName = "Sam P.", roles = new[] { "interviewer" }, password = Password };

    [Fact]
    public async Task Create_ByAdmin_AddsAUserWhoCanSignInWithTheirRoles()
    {
        var admin = await SignedInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/users", NewInterviewer());
        var sam = Server.NewClient();
        await sam.SignInAsync("sam", Password);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/users/u-55", response.Headers.Location?.OriginalString);
        Assert.False((await response.JsonAsync()).TryGetProperty("passwordHash", out _));
        var me = await sam.GetJsonAsync("/api/me");
        Assert.Equal(("u-55", "Sam P."), (me.GetProperty("id").GetString(), me.GetProperty("displayName").GetString()));
        var listed = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == "u-55");
        Assert.Equal(["interviewer"], listed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("riley")]
    [InlineData("casey")]
    [InlineData("dana")]
    public async Task Users_ForAnyoneButAnAdmin_Are403(string username)
    {
        var client = await SignedInAsync(username);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/users", NewInterviewer())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchJsonAsync("/api/users/u-21", new { roles = new[] { "admin" } })).StatusCode);
    }

    [Theory]
    [InlineData("password", "short")]
    [InlineData("roles", "chief")]
    [InlineData("username", "")]
    public async Task Create_WithAFieldWrong_Is400NamingIt(string field, string value)
    {
        var admin = await SignedInAsync("admin");
        var body = new Dictionary<string, object?>
        {
            ["username"] = "sam", ["displayName"] = "Sam P.", ["roles"] = new[] { "interviewer" }, ["password"] = Password,
        };
        body[field] = field == "roles" ? new[] { value } : value;

        var response = await admin.PostAsJsonAsync("/api/users", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.JsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Create_WithATakenUsernameOrId_Is409AndChangesNothing()
    {
        var admin = await SignedInAsync("admin");

        var sameUsername = await admin.PostAsJsonAsync("/api/users", new { id = "u-56", username = "DANA", displayName = "Other", roles = new[] { "interviewer" }, password = Password });
        var sameId = await admin.PostAsJsonAsync("/api/users", new { id = "u-21", username = "other", displayName = "Other", roles = new[] { "interviewer" }, password = Password });

        Assert.Equal(("user.username_taken", "user.id_taken"), ((await sameUsername.JsonAsync()).GetProperty("code").GetString(), (await sameId.JsonAsync()).GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, sameId.StatusCode);
        Assert.Equal("Dana K.", (await (await SignedInAsync("dana")).GetJsonAsync("/api/me")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task ChangeRoles_ReachesTheUsersOpenSessionAfterTheRecheckInterval()
    {
        var admin = await SignedInAsync("admin");
        var riley = await SignedInAsync("riley");
        Assert.Equal(HttpStatusCode.OK, (await riley.GetAsync("/api/board?loopId=loop-2026-0142")).StatusCode);

        (await admin.PatchJsonAsync("/api/users/u-90", new { roles = new[] { "interviewer" } })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Forbidden, (await riley.GetAsync("/api/board?loopId=loop-2026-0142")).StatusCode);
        Assert.Equal(["interviewer"], (await riley.GetJsonAsync("/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ResetPassword_EndsTheUsersSessionsAndTheOldPasswordNoLongerWorks()
    {
        var admin = await SignedInAsync("admin");
        var dana = await SignedInAsync("dana");

        (await admin.PatchJsonAsync("/api/users/u-21", new { password = Password })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await dana.GetAsync("/api/me")).StatusCode);
        var again = Server.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.PostAsJsonAsync("/api/auth/login", new { username = "dana", password = "demo-pass" })).StatusCode);
        await again.SignInAsync("dana", Password);
    }

    [Fact]
    public async Task DropAdmin_FromTheLastAdmin_Is409()
    {
        var admin = await SignedInAsync("admin");

        var response = await admin.PatchJsonAsync("/api/users/u-99", new { roles = new[] { "committee" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("user.last_admin", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task FirstAdmin_OnADatabaseWithoutUsers_IsCreatedOnceAndCanAddTheOthers()
    {
        var path = DatabasePath.Replace(".db", "-empty.db", StringComparison.Ordinal);
        string[] settings = ["--Auth:FirstAdmin:Username=ops", $"--Auth:FirstAdmin:Password={Password}"];
        await using (var server = await RunningServer.StartAsync(path, withSampleLoop: false, seedDemoUsers: false, settings: settings))
        {
            var ops = server.NewClient();
            await ops.SignInAsync("ops", Password);
            (await ops.PostAsJsonAsync("/api/users", NewInterviewer())).EnsureSuccessStatusCode();
        }

        await using var restarted = await RunningServer.StartAsync(path, withSampleLoop: false, seedDemoUsers: false, settings: [settings[0], "--Auth:FirstAdmin:Password=changed-but-ignored"]);
        var again = restarted.NewClient();
        await again.SignInAsync("ops", Password);
        var users = (await again.GetJsonAsync("/api/users")).EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToArray();

        Assert.Equal(["u-55", "u-ops"], users.Order(StringComparer.Ordinal));
    }
}
