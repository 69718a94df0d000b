using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class DebriefPacketDocumentTests
{
    [Fact]
    public void Render_CoverNamesCandidateRoleTargetLevelDatesScorecardsAndDecisionStatus()
    {
        var html = SampleLoop.Html();

        Assert.Contains("<h1>Avery Q.</h1>", html);
        Assert.Contains("<dt>Role</dt><dd>Senior Backend Engineer (IC)</dd>", html);
        Assert.Contains("<dt>Target level</dt><dd>L4</dd>", html);
        Assert.Contains("<dt>Loop dates</dt><dd>2 Nov 2026</dd>", html);
        Assert.Contains("<dt>Scorecards</dt><dd>2 of 4 submitted</dd>", html);
        Assert.Contains("<dt>Decision</dt><dd>No decision recorded</dd>", html);
        Assert.Contains("Dana K.", html);
    }

    [Fact]
    public void Render_WhenSomeoneHasNotSubmitted_ShowsTheIncompleteBannerNamingThem()
    {
        var html = SampleLoop.Html();

        Assert.Contains("class=\"banner incomplete\"", html);
        Assert.Contains("Not submitted yet: r2: Lee S.; r3: Dana K.\n(their", html);
        Assert.True(html.IndexOf("banner incomplete", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NeverShowsDraftContentOnlyThatItIsNotSubmitted()
    {
        var html = SampleLoop.Html();

        Assert.DoesNotContain(SampleLoop.DraftNote, html);
        Assert.Contains("<article class=\"scorecard not-submitted\"><h3>Lee S.<span class=\"status\">Not submitted yet</span></h3></article>", html);
    }

    [Fact]
    public void Render_SummaryStatesTheLevelAgainstTheTargetAndRecommendations()
    {
        var html = SampleLoop.Html();

        Assert.Contains("Evidence supports <strong>L4</strong> (at the target L4) with 72% confidence", html);
        Assert.Contains("<td class=\"label\">Strong yes</td><td class=\"n\">1</td>", html);
        Assert.Contains("<a href=\"#flag-1\">", html);
    }

    [Fact]
    public void Render_FlagsQuoteTheirEvidenceAndLinkToTheRoundsTheyName()
    {
        var html = SampleLoop.Html();

        Assert.Contains("id=\"flag-1\"", html);
        Assert.Contains("<a href=\"#round-r1\">r1</a>, <a href=\"#round-r2\">r2</a>", html);
        Assert.Contains($"“{SampleLoop.ReorgQuote}” <cite>— Priya N., <a href=\"#round-r1\">r1</a></cite>", html);
        Assert.Contains("<section class=\"round\" id=\"round-r1\">", html);
    }

    [Fact]
    public void Render_RatingsTableShowsRawBesideCalibratedAndTheRatersSeverity()
    {
        var html = SampleLoop.Html();

        Assert.Contains("<span class=\"raw\">5</span> · <span class=\"cal\">4.6</span> <span class=\"who\">Marcus</span>", html);
        Assert.Contains("<td>Priya N.</td><td>3</td><td><span class=\"empty\">no history: calibrated equals raw</span></td>", html);
        Assert.Contains("<td>Marcus O.</td><td>3</td><td>−0.1 lenient: rates above the panel on the same evidence (as calibrated in this loop)</td>", html);
    }

    [Fact]
    public void Render_DrawsAnSvgChartWithAMarkerPerRoundAndDimension()
    {
        var html = SampleLoop.Html();

        Assert.Contains("<svg class=\"chart\"", html);
        Assert.Contains(">r2 Project deep dive</text>", html);
        Assert.Equal(6 + 3, html.Split("<circle").Length - 1);
    }

    [Fact]
    public void Render_ListsCoverageGapsAndTheAuditTrail()
    {
        var html = SampleLoop.Html();

        Assert.Contains("<td>Career narrative (career-narrative/v1)</td><td>Delivery</td>", html);
        Assert.Contains("<td>2 Nov 2026 16:10 UTC</td><td><a href=\"#round-r1\">r1</a></td><td>Priya N.</td><td>Scorecard submitted</td>", html);
        Assert.Contains($"<td>Marcus O.</td><td>Amended rating of Scope: 3 → 4</td><td>{SampleLoop.AmendReason}</td>", html);
    }

    [Fact]
    public void Render_WithoutDecision_LeavesAnEmptyDecisionFormAndWithOneShowsIt()
    {
        Assert.Contains("<strong>No decision recorded.</strong>", SampleLoop.Html());

        var decided = SampleLoop.Packet(SampleLoop.Record(decision: SampleLoop.Hire())).Document.Render();

        Assert.Contains("<dt>Decision</dt><dd>Hire at L4</dd>", decided);
        Assert.Contains("<p class=\"rationale\">Consistent senior evidence;", decided);
    }

    [Fact]
    public void Render_CarriesTheSealOnPageOneForPeopleAndMachines()
    {
        var packet = SampleLoop.Packet();
        var html = packet.Document.Render();

        Assert.Contains($"<code>{packet.Seal.Sha256}</code>", html);
        Assert.Contains("event log at position 57 (loop v1; r1 v2, r2 v5, r3 v1)", html);
        Assert.Contains($"<p class=\"seal-line\">{SealText.Format(packet.Seal)}</p>", html);
    }

    [Fact]
    public void Render_EncodesHostileTextInNotesAndNames()
    {
        var html = SampleLoop.Html(candidate: "Eve <img src=x onerror=alert(1)>", deepDiveNote: "<script>alert('owned')</script> & more");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; more", html);
    }

    [Theory]
    [InlineData(PaperSize.A4, "size: A4;")]
    [InlineData(PaperSize.Letter, "size: letter;")]
    public void Render_IsSelfContainedWithPrintRulesForItsPaperThatKeepScorecardsWhole(PaperSize paper, string size)
    {
        var html = SampleLoop.Packet(paper: paper).Document.Render();

        Assert.Contains($"@page {{ {size}", html);
        Assert.Matches(@"\.scorecard \{[^}]*break-inside: avoid;", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=\"http", html);
    }

    [Fact]
    public void Render_PageMarginsCarryTheRunningHeaderTheSealAndPageNumbers()
    {
        var packet = SampleLoop.Packet();

        var html = packet.Document.Render();

        Assert.Contains("@top-left { content: \"Debrief packet · Avery Q. · Senior Backend Engineer (L4)\";", html);
        Assert.Contains($"@bottom-left {{ content: \"Seal sha256:{packet.Seal.ShortHash}… · log position 57 · generated 5 Nov 2026 09:30 UTC\";", html);
        Assert.Contains("content: \"page \" counter(page) \" of \" counter(pages);", html);
    }

    [Fact]
    public void Render_HostileCandidateNameInTheRunningHeader_CannotLeaveItsCssStringOrTheStyleElement()
    {
        var html = SampleLoop.Html(candidate: "Eve\"; } </style><script>alert(1)</script>");

        var style = html[..html.IndexOf("</style>", StringComparison.Ordinal)];

        Assert.Contains("Eve\\22 ; } \\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E ", style);
        Assert.DoesNotContain("<script>", html);
    }

    [Theory]
    [InlineData("a\\b", "\"a\\5C b\"")]
    [InlineData("line\nbreak", "\"line\\A break\"")]
    [InlineData("Zoë & Co", "\"Zoë \\26  Co\"")]
    public void CssString_EscapesWhatCouldEndTheStringOrTheStyleElement(string text, string css) =>
        Assert.Equal(css, RunningText.CssString(text));
}
