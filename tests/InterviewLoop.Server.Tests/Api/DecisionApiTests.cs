using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class DecisionApiTests : ServerTest
{
    private const string Decision = $"/api/loops/{SampleLoopId}/decision";
    private static readonly object Hire = new { decision = "hire", level = "L4", rationale = "Consistent senior evidence across rounds." };

    [Fact]
    public async Task Decide_AsCommittee_RecordsItAndTheDebriefShowsIt()
    {
        var casey = await SignedInAsync("casey");

        var response = await casey.PostAsJsonAsync(Decision, Hire);
        var html = await casey.GetStringAsync($"/debrief/{SampleLoopId}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.JsonAsync();
        Assert.Equal(("hire", "L4", "u-91"), (stored.GetProperty("outcome").GetString(), stored.GetProperty("level").GetString(), stored.GetProperty("decidedById").GetString()));
        Assert.Contains("<dt>Decision</dt><dd>Hire at L4</dd>", html);
        Assert.Contains("Consistent senior evidence across rounds.", html);
    }

    [Fact]
    public async Task Decide_Twice_Is409AndKeepsTheFirst()
    {
        var casey = await SignedInAsync("casey");
        await casey.PostAsJsonAsync(Decision, Hire);

        var again = await casey.PostAsJsonAsync(Decision, new { decision = "no_hire", rationale = "Second thoughts." });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("loop.decided", (await again.JsonAsync()).GetProperty("code").GetString());
        Assert.Contains("Hire at L4", await casey.GetStringAsync($"/debrief/{SampleLoopId}"));
    }

    [Theory]
    [InlineData("dana")]
    [InlineData("riley")]
    public async Task Decide_ByInterviewerOrRecruiter_Is403(string username)
    {
        var client = await SignedInAsync(username);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(Decision, Hire)).StatusCode);
    }

    [Theory]
    [InlineData("maybe", "L4", "Because.", "decision")]
    [InlineData("hire", null, "Because.", "level")]
    [InlineData("hire", "L9", "Because.", "level")]
    [InlineData("hold", null, "  ", "rationale")]
    public async Task Decide_WithBadInput_Is400NamingTheField(string decision, string? level, string rationale, string field)
    {
        var casey = await SignedInAsync("casey");

        var response = await casey.PostAsJsonAsync(Decision, new { decision, level, rationale });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.JsonAsync()).GetProperty("field").GetString());
    }
}
