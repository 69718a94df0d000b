using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>The submit-time coherence check: the interviewer's own words against their own scores.</summary>
public sealed class CoherenceTests : ServerTest
{
    private static async Task<(string Code, string? Dimension)[]> IssuesAsync(HttpClient client)
    {
        var issues = await client.GetJsonAsync($"{SampleRounds.R4}/scorecards/me/coherence");
        return issues.EnumerateArray().Select(i => (i.GetProperty("code").GetString()!, i.GetProperty("dimension").GetString())).ToArray();
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public async Task RatingAtEitherEnd_WithoutANote_IsAnIssue(int rating, bool expected)
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "impact", rating);

        var issues = await IssuesAsync(dana);

        Assert.Equal(expected, issues.Contains(("unsupported_rating", "impact")));
    }

    [Fact]
    public async Task HighRating_WithOnlyPraiseInItsNote_IsAnIssueNamingTheVagueWords()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "impact", 5);
        await dana.ChangeAsync(SampleRounds.R4, "note", "impact", "Great, very strong communicator.");

        var issues = await dana.GetJsonAsync($"{SampleRounds.R4}/scorecards/me/coherence");

        var message = Assert.Single(issues.EnumerateArray()).GetProperty("message").GetString();
        Assert.Contains("Impact 5", message);
        Assert.Contains("'great'", message);
    }

    [Fact]
    public async Task HighRating_WithAConcreteNote_IsNotAnIssue()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "impact", 5);
        await dana.ChangeAsync(SampleRounds.R4, "note", "impact", "Cut checkout p99 from 900 ms to 250 ms by moving the price lookup into the cart service.");

        Assert.Empty(await IssuesAsync(dana));
    }

    [Fact]
    public async Task GlowingSummary_WithLowScores_IsASummaryMismatch()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 3);
        await dana.ChangeAsync(SampleRounds.R4, "recommendation", null, "no");
        await dana.ChangeAsync(SampleRounds.R4, "summary", null, "Excellent, impressive and thoughtful answers throughout; a clear, convincing design.");

        Assert.Contains(("summary_mismatch", null), await IssuesAsync(dana));
    }

    [Fact]
    public async Task EveryDimensionTheSame_IsFlatRatings()
    {
        var dana = await SignedInAsync("dana");
        foreach (var dimension in new[] { "scope", "autonomy", "judgment" }) await dana.ChangeAsync(SampleRounds.R4, "rating", dimension, 3);

        Assert.Equal([("flat_ratings", null)], await IssuesAsync(dana));
    }

    [Fact]
    public async Task Submit_WithIssuesAndNoReason_Is409AndLeavesTheDraft_WithAReasonItIsKeptWithTheWarnings()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "impact", 5);
        await dana.ChangeAsync(SampleRounds.R4, "recommendation", null, "yes");

        var refused = await dana.PostAsJsonAsync($"{SampleRounds.R4}/scorecards/me/submit", new { operationId = "s-1" });
        var draft = await dana.GetJsonAsync($"{SampleRounds.R4}/scorecards/me");
        var accepted = await dana.PostAsJsonAsync($"{SampleRounds.R4}/scorecards/me/submit", new { operationId = "s-2", reason = "Impact evidence is in the design doc I linked." });
        var audit = (await dana.GetJsonAsync(SampleRounds.R4)).GetProperty("myAudit");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("scorecard.incoherent", (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("scorecard").GetProperty("submittedAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Impact evidence is in the design doc I linked.", audit.GetProperty("submitReason").GetString());
        Assert.Equal(["unsupported_rating:impact"], audit.GetProperty("submitWarnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Coherence_ByInterviewerNotOnThePanel_Is403()
    {
        var priya = await SignedInAsync("priya");

        Assert.Equal(HttpStatusCode.Forbidden, (await priya.GetAsync($"{SampleRounds.R4}/scorecards/me/coherence")).StatusCode);
    }
}
