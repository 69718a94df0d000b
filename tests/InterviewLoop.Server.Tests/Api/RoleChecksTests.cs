using System.Net;
using System.Net.Http.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Api;

public sealed class RoleChecksTests : ServerTest
{
    [Theory]
    [InlineData("dana")]
    [InlineData("casey")]
    public async Task Import_ByNeitherRecruiterNorAdmin_Is403(string username)
    {
        var client = await SignedInAsync(username);

        var response = await client.PostAsync("/api/loops/import", new StringContent(await File.ReadAllTextAsync(RepoFiles.SampleLoop)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Calibration_ByInterviewer_Is403_ByCommittee_IsTheReport()
    {
        var dana = await SignedInAsync("dana");
        var casey = await SignedInAsync("casey");

        var forbidden = await dana.GetAsync($"/api/loops/{SampleLoopId}/calibration");
        var report = await casey.GetJsonAsync($"/api/loops/{SampleLoopId}/calibration");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("interviewloop.calibration/v1", report.GetProperty("schema").GetString());
        Assert.Equal(SampleLoopId, report.GetProperty("loopId").GetString());
    }

    [Theory]
    [InlineData("dana", HttpStatusCode.Forbidden)]
    [InlineData("casey", HttpStatusCode.Forbidden)]
    [InlineData("riley", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task PanelChange_OnlyRecruitersAndAdmins(string username, HttpStatusCode expected)
    {
        var client = await SignedInAsync(username);
        var panel = new { members = new[] { new { interviewerId = "u-21", displayName = "Dana K.", role = "lead" } } };

        var response = await client.PutAsJsonAsync($"{SampleRounds.R4}/panel", panel);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PanelChange_WithUnknownRole_Is400NamingTheMemberField()
    {
        var riley = await SignedInAsync("riley");
        var panel = new { members = new[] { new { interviewerId = "u-21", displayName = "Dana K.", role = "observer" } } };

        var response = await riley.PutAsJsonAsync($"{SampleRounds.R4}/panel", panel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("members[0].role", (await response.JsonAsync()).GetProperty("field").GetString());
    }
}
