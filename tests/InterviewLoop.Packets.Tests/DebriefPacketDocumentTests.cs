using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class DebriefPacketDocumentTests
{
    private static string Render(string candidate = "Avery Q.", string note = "Owned the ledger rewrite end to end.") =>
        new DebriefPacketDocument(PacketModel.From(SampleLoop.Snapshot(candidate, note), SampleLoop.Report(), new FakeClock(DateTimeOffset.UnixEpoch))).Render();

    [Fact]
    public void Render_CoverNamesCandidateRoleTargetLevelLoopAndPanel()
    {
        var html = Render();

        Assert.Contains("<h1>Avery Q.</h1>", html);
        Assert.Contains("Senior Backend Engineer", html);
        Assert.Contains("<dt>Target level</dt><dd>L4</dd>", html);
        Assert.Contains("loop-test-7", html);
        Assert.Contains("Dana K.", html);
    }

    [Fact]
    public void Render_ShowsFlagsWithSeverityAndQuotedEvidence()
    {
        var html = Render();

        Assert.Contains("narrative.reason_for_move", html);
        Assert.Contains("class=\"flag high\"", html);
        Assert.Contains($"“{SampleLoop.ReorgQuote}” <cite>— Priya N., r1</cite>", html);
        Assert.True(html.IndexOf("narrative.reason_for_move", StringComparison.Ordinal) < html.IndexOf("class=\"rounds\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ShowsScorecardRatingsNotesRecommendationAndSummary()
    {
        var html = Render();

        Assert.Contains("<td class=\"dimension\">Production ownership</td><td class=\"score\">5 / 5 <span class=\"calibrated\">(cal. 4.6)</span></td>", html);
        Assert.Contains("Owned the ledger rewrite end to end.", html);
        Assert.Contains("Recommendation: <strong>Yes</strong>", html);
        Assert.Contains("Clear owner of the billing migration.", html);
    }

    [Fact]
    public void Render_MarksDraftsAndMissingScorecardsClearly()
    {
        var html = Render();

        Assert.Contains("class=\"scorecard draft\"><h3>Lee S.<span class=\"status\">DRAFT · not submitted</span>", html);
        Assert.Contains("class=\"scorecard missing\"><h3>Dana K.<span class=\"status\">NOT STARTED", html);
    }

    [Fact]
    public void Render_EncodesHostileTextInNotesAndNames()
    {
        var html = Render(candidate: "Eve <img src=x onerror=alert(1)>", note: "<script>alert('owned')</script> & more");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; more", html);
    }

    [Fact]
    public void Render_IsSelfContainedWithA4PrintRulesThatKeepScorecardsWhole()
    {
        var html = Render();

        Assert.Contains("@page { size: A4;", html);
        Assert.Matches(@"\.scorecard \{[^}]*break-inside: avoid;", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=\"http", html);
    }
}
