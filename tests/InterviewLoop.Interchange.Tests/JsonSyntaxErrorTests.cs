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

    [Theory]
    [InlineData("", "$", "the document is empty")]
    [InlineData(" \n\t ", "$", "the document is empty")]
    [InlineData("{ \"schema\": ", "schema", "the text ends before this field's value")]
    [InlineData("{ \"schema\": \"x\", \"loop\": { \"id\": \"x\"", "loop", "the text ends before this object is closed with '}'")]
    [InlineData("{ \"loop\": { \"rounds\": [ {}, ", "loop.rounds", "the text ends before this array is closed with ']'")]
    [InlineData("{ \"loop\": { \"id\": \"x\", } }", "loop.id", "a comma before '}': the last item of an object or array takes none")]
    [InlineData("{ \"loop\": [1, 2, ] }", "loop[1]", "a comma before ']': the last item of an object or array takes none")]
    [InlineData("{ \"loop\": [1, 2 // c\n] }", "loop[1]", "comments are not allowed in JSON")]
    [InlineData("{} {}", "$", "more text after the end of the document")]
    public void Read_WhenJsonHasACommonSlip_SaysWhatInPlainWords(string json, string path, string reason)
    {
        var error = ReadErrors.Of(json);

        Assert.Equal(path, error.Path);
        Assert.Matches($"^invalid JSON at line \\d+, column \\d+: {System.Text.RegularExpressions.Regex.Escape(reason)}$", error.Problem);
    }

    [Fact]
    public void Read_WhenBytesAreNotUtf8_RefusesNamingTheByteAndLine()
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(Minimal);
        var at = Minimal.IndexOf("Alex", StringComparison.Ordinal) + 4;
        utf8[at] = 0xE9; // "é" in Latin-1, which UTF-8 never has alone
        var line = Minimal[..at].Count(c => c == '\n') + 1;

        var error = Assert.Throws<LoopDocumentException>(() => LoopDocumentReader.Read(utf8));

        Assert.Equal($"$: not valid UTF-8 at byte {at} (line {line}); save the document as UTF-8", error.Message);
    }

    [Fact]
    public void Read_WhenUtf8BytesStartWithAByteOrderMark_ReadsTheDocument()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Minimal)];

        var loop = LoopDocumentReader.Read(utf8);

        Assert.Equal(LoopDocumentReader.Read(Minimal).LoopId, loop.LoopId);
    }

    [Fact]
    public void Read_WhenAFieldAppearsTwice_RefusesWithItsPath()
    {
        var json = Minimal.Replace("\"scope\": 3", "\"scope\": 3, \"scope\": 5", StringComparison.Ordinal);

        var error = ReadErrors.Of(json);

        Assert.Equal("loop.rounds[0].scorecards[0].ratings.scope: the field appears twice in this object", error.Message);
    }
}
