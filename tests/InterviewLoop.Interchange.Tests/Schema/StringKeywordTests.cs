using static InterviewLoop.Interchange.Tests.Support.SchemaCheck;

namespace InterviewLoop.Interchange.Tests.Schema;

public sealed class StringKeywordTests
{
    [Theory]
    [InlineData("\"\"", "$: must not be empty")]
    [InlineData("\"abcdef\"", "$: has 6 characters, more than 5")]
    [InlineData("\"a b\"", "$: 'a b' does not match the pattern ^[a-z]+$")]
    public void Validate_StringKeywords_ReportLengthAndPattern(string instance, string expected)
    {
        Assert.Equal([expected], Errors("""{ "type": "string", "minLength": 1, "maxLength": 5, "pattern": "^[a-z]+$" }""", instance));
    }

    [Fact]
    public void Validate_LengthCountsCodePointsNotUtf16Units()
    {
        Assert.Empty(Errors("""{ "maxLength": 2 }""", "\"😀😀\""));
        Assert.Equal(["$: has 2 characters, fewer than 3"], Errors("""{ "minLength": 3 }""", "\"😀😀\""));
    }

    [Fact]
    public void Validate_PatternIsUnanchoredAsInJsonSchema()
    {
        Assert.Empty(Errors("""{ "pattern": "\\S" }""", "\"  x  \""));
    }

    [Theory]
    [InlineData("2026-11-02T15:00:00Z")]
    [InlineData("2026-11-02T15:00:00.123Z")]
    [InlineData("2026-11-02t15:00:00+01:00")]
    public void Validate_WhenDateTimeIsRfc3339_Passes(string value)
    {
        Assert.Empty(Errors("""{ "format": "date-time" }""", $"\"{value}\""));
    }

    [Theory]
    [InlineData("2026-11-02")]
    [InlineData("2026-11-02 15:00:00Z")]
    [InlineData("2026-11-02T15:00:00")]
    [InlineData("2026-11-31T15:00:00Z")]
    [InlineData("yesterday")]
    public void Validate_WhenDateTimeIsNotRfc3339_Fails(string value)
    {
        Assert.Equal([$"$: '{value}' is not an RFC 3339 date-time such as 2026-11-02T15:00:00Z"],
            Errors("""{ "format": "date-time" }""", $"\"{value}\""));
    }

    [Fact]
    public void Validate_FormatIgnoresNonStrings_AsJsonSchemaDoes()
    {
        Assert.Empty(Errors("""{ "type": ["string", "null"], "format": "date-time" }""", "null"));
    }
}
