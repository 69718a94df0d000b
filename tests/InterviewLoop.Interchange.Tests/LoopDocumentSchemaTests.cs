using System.Text.Json.Nodes;
using InterviewLoop.Interchange.Tests.Support;
using static InterviewLoop.Interchange.Tests.Support.Documents;

namespace InterviewLoop.Interchange.Tests;

public sealed class LoopDocumentSchemaTests
{
    [Theory]
    [InlineData("schema", "schema: is required")]
    [InlineData("loop", "loop: is required")]
    public void Read_WhenTopLevelFieldIsMissing_NamesIt(string field, string expected)
    {
        Assert.Equal(expected, ReadErrors.OfMinimal(d => d.AsObject().Remove(field)).Message);
    }

    [Theory]
    [InlineData("candidate", "loop.candidate: is required")]
    [InlineData("role", "loop.role: is required")]
    [InlineData("rounds", "loop.rounds: is required")]
    public void Read_WhenLoopFieldIsMissing_NamesIt(string field, string expected)
    {
        Assert.Equal(expected, ReadErrors.OfMinimal(d => d["loop"]!.AsObject().Remove(field)).Message);
    }

    [Fact]
    public void Read_WhenScorecardHasNoInterviewer_NamesThePath()
    {
        Assert.Equal("loop.rounds[0].scorecards[0].interviewer: is required",
            ReadErrors.OfMinimal(d => FirstCard(d).AsObject().Remove("interviewer")).Message);
    }

    [Theory]
    [InlineData("loop.id", "42", "expected string, got integer 42")]
    [InlineData("loop.rounds", "{}", "expected array, got an object")]
    [InlineData("loop.role.targetLevel", "\"L9\"", "'L9' is not one of L1, L2, L3, L4, L5, L6, L7, L8")]
    [InlineData("loop.role.track", "\"contractor\"", "'contractor' is not one of ic, manager")]
    [InlineData("loop.rounds[0].kind", "\"phone_screen\"", "'phone_screen' is not one of recruiter_screen, hiring_manager, behavioral, project_deep_dive, system_design, coding, other")]
    [InlineData("loop.rounds[0].scorecards[0].recommendation", "\"maybe\"", "'maybe' is not one of strong_no, no, mixed, yes, strong_yes, null")]
    [InlineData("loop.rounds[0].scorecards[0].levelRecommendation", "\"senior\"", "'senior' is not one of L1, L2, L3, L4, L5, L6, L7, L8, null")]
    [InlineData("loop.rounds[0].startedAt", "\"2026-11-02\"", "'2026-11-02' is not an RFC 3339 date-time such as 2026-11-02T15:00:00Z")]
    [InlineData("loop.id", "\"loop 1\"", "'loop 1' does not match the pattern ^[A-Za-z0-9._-]+$")]
    [InlineData("loop.candidate.displayName", "\"\"", "must not be empty")]
    [InlineData("loop.rounds[0].scorecards[0].notes", "[{ \"dimension\": \"scope\" }]", "is required")]
    [InlineData("schema", "\"interviewloop.loop/v2\"", "must be 'interviewloop.loop/v1', got 'interviewloop.loop/v2'")]
    public void Read_WhenFieldHasWrongTypeOrValue_NamesPathAndProblem(string path, string json, string problem)
    {
        var error = ReadErrors.OfMinimal(d => Set(d, path, JsonNode.Parse(json)!));

        var expectedPath = problem == "is required" ? $"{path}[0].text" : path;
        Assert.Equal($"{expectedPath}: {problem}", error.Message);
    }

    [Fact]
    public void Read_WhenFieldNameIsMisspelt_SuggestsTheContractsName()
    {
        var error = ReadErrors.OfMinimal(d => FirstCard(d)["submitedAt"] = "2026-11-02T16:10:00Z");

        Assert.Equal("loop.rounds[0].scorecards[0].submitedAt: unknown field; did you mean 'submittedAt'?", error.Message);
    }
}
