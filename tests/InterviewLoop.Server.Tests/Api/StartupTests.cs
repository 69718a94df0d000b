using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class StartupTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Database => _temp.File("interviewloop.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Restart_OnTheSameDatabase_KeepsDraftsAndImportsNothingTwice()
    {
        await using (var first = await RunningServer.StartAsync(Database))
        {
            var dana = first.NewClient();
            await dana.SignInAsync("dana");
            Assert.Equal(HttpStatusCode.OK, (await dana.ChangeAsync(SampleRounds.R4, "rating", "influence", 3)).StatusCode);
        }

        await using var second = await RunningServer.StartAsync(Database);
        var riley = second.NewClient();
        await riley.SignInAsync("riley");
        var danaAgain = second.NewClient();
        await danaAgain.SignInAsync("dana");

        Assert.Equal(1, (await riley.GetJsonAsync("/api/loops")).GetArrayLength());
        var own = await danaAgain.GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        Assert.Equal(3, own.GetProperty("scorecard").GetProperty("ratings").GetProperty("influence").GetInt32());
    }

    [Fact]
    public async Task WithoutSeedingOrSample_ThereAreNoUsersAndNoLoops()
    {
        await using var server = await RunningServer.StartAsync(Database, withSampleLoop: false, seedDemoUsers: false);

        var login = await server.NewClient().PostAsJsonAsync("/api/auth/login", new { username = "admin", password = HttpClientExtensions.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task WithoutSample_TheDemoUsersStillSignIn_AndNoLoopExists()
    {
        await using var server = await RunningServer.StartAsync(Database, withSampleLoop: false);
        var riley = server.NewClient();
        await riley.SignInAsync("riley");

        Assert.Equal(0, (await riley.GetJsonAsync("/api/loops")).GetArrayLength());
    }

    [Fact]
    public async Task PasswordHashIterationsBelowTheMinimum_StopTheStart_NamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RunningServer.StartAsync(Database, withSampleLoop: false, settings: ["--Auth:PasswordHashIterations=999"]));

        Assert.Contains("Auth:PasswordHashIterations", error.Message);
    }
}
