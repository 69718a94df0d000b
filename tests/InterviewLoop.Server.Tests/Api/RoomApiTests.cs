using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>The round's room over REST: agenda, shared clock and training mode, set by the round's host.</summary>
public sealed class RoomApiTests : ServerTest
{
    private readonly FakeClock _clock = new();

    protected override Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(DatabasePath, clock: _clock);

    [Theory]
    [InlineData("dana", HttpStatusCode.OK)]
    [InlineData("riley", HttpStatusCode.OK)]
    [InlineData("lee", HttpStatusCode.Forbidden)]
    [InlineData("casey", HttpStatusCode.Forbidden)]
    public async Task Agenda_IsSetByTheLeadAndRecruiters_Only(string username, HttpStatusCode expected)
    {
        var client = await SignedInAsync(username);

        var response = await client.PutAsJsonAsync($"{SampleRounds.R4}/agenda", new { items = new[] { new { prompt = "Design a rate limiter", minutes = 25, dimension = "judgment" } } });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Agenda_OverTheTimeBox_Is400NamingIt_AndTheRoundShowsTheLastGoodAgenda()
    {
        var dana = await SignedInAsync("dana");
        await dana.PutAsJsonAsync($"{SampleRounds.R4}/agenda", new { items = new[] { new { prompt = "Design a feed", minutes = 30 } } });

        var response = await dana.PutAsJsonAsync($"{SampleRounds.R4}/agenda", new { items = new[] { new { prompt = "Too long", minutes = 61 } } });
        var room = (await dana.GetJsonAsync(SampleRounds.R4)).GetProperty("room");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("agenda", problem.GetProperty("field").GetString());
        Assert.Contains("60-minute time box", problem.GetProperty("detail").GetString());
        Assert.Equal("Design a feed", room.GetProperty("agenda")[0].GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task ClockStart_UsesTheServersTime_AndStartingAgainKeepsIt()
    {
        var dana = await SignedInAsync("dana");
        var startedAt = _clock.GetUtcNow();

        var first = await (await dana.PostAsync($"{SampleRounds.R4}/clock/start", null)).JsonAsync();
        _clock.Advance(TimeSpan.FromMinutes(3));
        var again = await (await dana.PostAsync($"{SampleRounds.R4}/clock/start", null)).JsonAsync();

        Assert.Equal(startedAt, first.GetProperty("clock").GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(startedAt, again.GetProperty("clock").GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(startedAt.AddMinutes(60), again.GetProperty("clock").GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(_clock.GetUtcNow(), again.GetProperty("serverNow").GetDateTimeOffset());
    }

    [Fact]
    public async Task ClockEnd_BeforeStart_Is409()
    {
        var dana = await SignedInAsync("dana");

        var response = await dana.PostAsync($"{SampleRounds.R4}/clock/end", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Training_ByTheShadow_Is403_ByTheLeadIsShownInTheRoom()
    {
        var lee = await SignedInAsync("lee");
        var dana = await SignedInAsync("dana");

        var refused = await lee.PutAsJsonAsync($"{SampleRounds.R4}/training", new { enabled = true });
        var room = await (await dana.PutAsJsonAsync($"{SampleRounds.R4}/training", new { enabled = true })).JsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(room.GetProperty("trainingMode").GetBoolean());
    }

    [Fact]
    public async Task Coverage_ShowsWhichDimensionsHaveEvidence_NeverTheRatings()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "influence", 5);
        await dana.ChangeAsync(SampleRounds.R4, "note", "scope", "Sized the ingest queue from the peak rate.");
        var lee = await SignedInAsync("lee");

        var room = (await lee.GetJsonAsync(SampleRounds.R4)).GetProperty("room");

        Assert.Equal(["scope", "influence"], room.GetProperty("coverage").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("ingest queue", room.GetRawText());
        Assert.DoesNotContain("5", room.GetProperty("coverage").GetRawText());
    }
}
