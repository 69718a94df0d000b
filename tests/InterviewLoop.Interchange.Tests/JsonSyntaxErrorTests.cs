using System.Text.Json.Nodes;
using InterviewLoop.Interchange.Tests.Support;
using static InterviewLoop.Interchange.Tests.Support.Documents;

namespace InterviewLoop.Interchange.Tests;

public sealed class JsonSyntaxErrorTests
{
    [Fact]
    public void Read_WhenJsonIsBroken_NamesThePathLineAndColumn()
    {
        const string json = "{\n  \"schema\": \"interviewloop.loop/v1\",\n  \"loop\": {\n    \"id\": \"l\",\n    \"rounds\": [ { \"id\": \"r1\" }, { \"id\": } ]\n  }\n}";

        var error = ReadErrors.Of(json);

        Assert.Equal("loop.rounds[1].id", error.Path);
        Assert.StartsWith("invalid JSON at line 5, column 41: '}' is", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{ \"schema\": ", "schema")]
    [InlineData("{ \"loop\": { \"id\": \"x\", } }", "loop.id")]
    [InlineData("{ \"loop\": [1, 2 // c\n] }", "loop[1]")]
    [InlineData("{} {}", "$")]
    public void Read_WhenJsonIsBroken_PointsAtTheNearestPath(string json, string path)
    {
        var error = ReadErrors.Of(json);

        Assert.Equal(path, error.Path);
        Assert.StartsWith("invalid JSON at line 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenAFieldAppearsTwice_RefusesWithItsPath()
    {
        var json = Minimal.Replace("\"scope\": 3", "\"scope\": 3, \"scope\": 5", StringComparison.Ordinal);

        var error = ReadErrors.Of(json);

        Assert.Equal("loop.rounds[0].scorecards[0].ratings.scope: the field appears twice in this object", error.Message);
    }
}
