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
}
