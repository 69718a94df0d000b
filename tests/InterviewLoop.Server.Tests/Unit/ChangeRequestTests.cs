using System.Text.Json;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Server.Rounds;

namespace InterviewLoop.Server.Tests.Unit;

public sealed class ChangeRequestTests
{
    private static ChangeRequest Request(string field, string json) =>
        new("op-1", field, "scope", JsonDocument.Parse(json).RootElement.Clone());

    [Theory]
    [InlineData("4", "4")]
    [InlineData("\"4\"", "4")]
    [InlineData("7", "7")]
    [InlineData("null", null)]
    public void ToChange_ReadsNumbersAndStringsAsText(string json, string? expected)
    {
        var change = Request("rating", json).ToChange();

        Assert.Equal(ScorecardField.Rating, change.Field);
        Assert.Equal(expected, change.Value);
    }

    [Theory]
    [InlineData("level_recommendation", ScorecardField.LevelRecommendation)]
    [InlineData("note", ScorecardField.Note)]
    [InlineData("summary", ScorecardField.Summary)]
    public void ToChange_ReadsFieldWireNames(string wire, ScorecardField expected)
    {
        Assert.Equal(expected, Request(wire, "\"x\"").ToChange().Field);
    }

    [Theory]
    [InlineData("Rating")]
    [InlineData("ratings")]
    [InlineData("")]
    public void ToChange_WithUnknownField_NamesField(string wire)
    {
        var error = Assert.Throws<DomainException>(() => Request(wire, "1").ToChange());

        Assert.Equal("field", error.Field);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("[4]")]
    [InlineData("{\"v\":4}")]
    public void ToChange_WithValueOfAnotherKind_NamesValue(string json)
    {
        var error = Assert.Throws<DomainException>(() => Request("rating", json).ToChange());

        Assert.Equal("value", error.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void RequireOperationId_WhenMissing_NamesOperationId(string? operationId)
    {
        var error = Assert.Throws<DomainException>(() => SubmitRequest.RequireOperationId(operationId));

        Assert.Equal("operationId", error.Field);
    }

    [Fact]
    public void RequireOperationId_AtTheLengthLimit_IsAccepted_AndOneOverIsNot()
    {
        Assert.Equal(100, SubmitRequest.RequireOperationId(new string('a', 100)).Length);
        Assert.Throws<DomainException>(() => SubmitRequest.RequireOperationId(new string('a', 101)));
    }
}
