using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

/// <summary>Submitted scorecards change only by an amendment with a reason, kept in the audit trail.</summary>
public sealed class AmendmentTests : ServerTest
{
    private const string Amendments = $"{SampleRounds.R4}/scorecards/me/amendments";

    [Fact]
    public async Task Amend_AfterSubmit_ChangesTheFieldAndShowsInTheAuditToTheOwnerAndTheCommittee()
    {
        var dana = await SignedInAsync("dana");
        await IndependentScoringTests.SubmitCoherentAsync(dana, "Named the ledger service and the two teams it touched.");

        var amended = await dana.PostAsJsonAsync(Amendments, new { operationId = "a-1", field = "rating", dimension = "scope", value = 3, reason = "Re-read my notes: one team, not two." });
        var mine = await dana.GetJsonAsync(SampleRounds.R4);
        var committee = await (await SignedInAsync("casey")).GetJsonAsync(SampleRounds.R4);

        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal(3, mine.GetProperty("myScorecard").GetProperty("ratings").GetProperty("scope").GetInt32());
        var amendment = Assert.Single(mine.GetProperty("myAudit").GetProperty("amendments").EnumerateArray());
        Assert.Equal("4", amendment.GetProperty("previousValue").GetString());
        Assert.Equal("Re-read my notes: one team, not two.", amendment.GetProperty("reason").GetString());
        var seen = Assert.Single(committee.GetProperty("colleagues").EnumerateArray());
        Assert.Equal(3, seen.GetProperty("scorecard").GetProperty("ratings").GetProperty("scope").GetInt32());
        Assert.Single(seen.GetProperty("audit").GetProperty("amendments").EnumerateArray());
    }

    [Fact]
    public async Task Amend_ADraft_Is409()
    {
        var dana = await SignedInAsync("dana");
        await dana.ChangeAsync(SampleRounds.R4, "rating", "scope", 3);

        var response = await dana.PostAsJsonAsync(Amendments, new { operationId = "a-1", field = "rating", dimension = "scope", value = 4, reason = "Typo." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("scorecard.not_submitted", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Amend_WithoutAReason_Is400NamingTheReason()
    {
        var dana = await SignedInAsync("dana");
        await IndependentScoringTests.SubmitCoherentAsync(dana, "Named the ledger service and the two teams it touched.");

        var response = await dana.PostAsJsonAsync(Amendments, new { operationId = "a-1", field = "rating", dimension = "scope", value = 3 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("reason", (await response.JsonAsync()).GetProperty("field").GetString());
    }
}
