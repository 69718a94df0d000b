using static InterviewLoop.Interchange.Tests.Support.SchemaCheck;

namespace InterviewLoop.Interchange.Tests.Schema;

public sealed class ScalarKeywordTests
{
    private const string Rating = """{ "type": "object", "properties": { "scope": { "type": "integer", "minimum": 1, "maximum": 5 } } }""";

    [Theory]
    [InlineData("0", "scope: 0 is outside 1..5")]
    [InlineData("6", "scope: 6 is outside 1..5")]
    [InlineData("-1", "scope: -1 is outside 1..5")]
    [InlineData("4.5", "scope: expected integer, got number 4.5")]
    [InlineData("\"5\"", "scope: expected integer, got string '5'")]
    [InlineData("null", "scope: expected integer, got null")]
    [InlineData("true", "scope: expected integer, got boolean true")]
    [InlineData("[5]", "scope: expected integer, got an array")]
    public void Validate_WhenRatingIsOutsideScaleOrWrongType_NamesPathAndValue(string value, string expected)
    {
        Assert.Equal([expected], Errors(Rating, $$"""{ "scope": {{value}} }"""));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("5")]
    [InlineData("3.0")]
    public void Validate_WhenRatingIsOnScale_Passes(string value)
    {
        Assert.Empty(Errors(Rating, $$"""{ "scope": {{value}} }"""));
    }

    [Theory]
    [InlineData("""{ "minimum": 5 }""", "4", "$: 4 is below the minimum 5")]
    [InlineData("""{ "maximum": 480 }""", "481", "$: 481 is above the maximum 480")]
    [InlineData("""{ "type": "number", "maximum": 1 }""", "1.5", "$: 1.5 is above the maximum 1")]
    public void Validate_WithOneBound_SaysWhichBound(string schema, string instance, string expected)
    {
        Assert.Equal([expected], Errors(schema, instance));
    }

    [Theory]
    [InlineData("\"phone\"", "$: 'phone' is not one of recruiter_screen, coding, null")]
    [InlineData("3", "$: 3 is not one of recruiter_screen, coding, null")]
    public void Validate_WhenNotAnEnumMember_ListsTheMembers(string instance, string expected)
    {
        Assert.Equal([expected], Errors("""{ "enum": ["recruiter_screen", "coding", null] }""", instance));
    }

    [Theory]
    [InlineData("\"coding\"")]
    [InlineData("null")]
    public void Validate_WhenEnumMember_Passes(string instance)
    {
        Assert.Empty(Errors("""{ "enum": ["recruiter_screen", "coding", null] }""", instance));
    }

    [Fact]
    public void Validate_WhenConstDiffers_SaysWhatItMustBe()
    {
        Assert.Equal(["$: must be 'interviewloop.loop/v1', got 'interviewloop.loop/v2'"],
            Errors("""{ "const": "interviewloop.loop/v1" }""", "\"interviewloop.loop/v2\""));
    }

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
