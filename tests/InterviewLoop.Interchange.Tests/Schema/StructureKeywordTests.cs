using static InterviewLoop.Interchange.Tests.Support.SchemaCheck;

namespace InterviewLoop.Interchange.Tests.Schema;

public sealed class StructureKeywordTests
{
    private const string Loop = """
        {
          "type": "object",
          "required": ["loop"],
          "properties": { "loop": { "$ref": "#/$defs/loop" } },
          "$defs": {
            "loop": {
              "type": "object",
              "required": ["id", "rounds"],
              "properties": {
                "id": { "type": "string" },
                "rounds": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/round" } }
              }
            },
            "round": {
              "type": "object",
              "required": ["id"],
              "properties": {
                "id": { "type": "string" },
                "submittedAt": { "type": "string" },
                "ratings": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 5 } },
                "panel": { "type": "object", "additionalProperties": false, "properties": { "lead": { "type": "string" } } }
              }
            }
          }
        }
        """;

    [Fact]
    public void Validate_NestedErrors_UseDotsAndBracketsWithoutLeadingDollar()
    {
        var errors = Errors(Loop, """{ "loop": { "id": "l", "rounds": [ { "id": "r1" }, { "id": "r2", "ratings": { "scope": 7 } } ] } }""");

        Assert.Equal(["loop.rounds[1].ratings.scope: 7 is outside 1..5"], errors);
    }

    [Fact]
    public void Validate_WhenRequiredIsMissing_NamesTheMissingPath()
    {
        Assert.Equal(["loop.rounds[0].id: is required"], Errors(Loop, """{ "loop": { "id": "l", "rounds": [ {} ] } }"""));
    }

    [Fact]
    public void Validate_WhenArrayIsShort_SaysHowMany()
    {
        Assert.Equal(["loop.rounds: has 0 items, needs at least 1"], Errors(Loop, """{ "loop": { "id": "l", "rounds": [] } }"""));
    }

    [Fact]
    public void Validate_OnClosedObject_RejectsUnknownField()
    {
        var errors = Errors(Loop, """{ "loop": { "id": "l", "rounds": [ { "id": "r", "panel": { "lead": "u", "chair": "v" } } ] } }""");

        Assert.Equal(["loop.rounds[0].panel.chair: unknown field"], errors);
    }

    [Fact]
    public void Validate_OnOpenObject_AcceptsNewFields()
    {
        Assert.Empty(Errors(Loop, """{ "loop": { "id": "l", "rounds": [ { "id": "r", "room": "4B" } ], "source": "ats" }, "exportedAt": "x" }"""));
    }

    [Theory]
    [InlineData("submitedAt", "submittedAt")]
    [InlineData("submitted_at", "submittedAt")]
    [InlineData("SubmittedAt", "submittedAt")]
    [InlineData("ratngs", "ratings")]
    [InlineData("ID", "id")]
    public void Validate_OnOpenObject_RejectsANearMissOfADeclaredName(string typo, string meant)
    {
        var errors = Errors(Loop, $$"""{ "loop": { "id": "l", "rounds": [ { "id": "r", "{{typo}}": "x" } ] } }""");

        Assert.Equal([$"loop.rounds[0].{typo}: unknown field; did you mean '{meant}'?"], errors);
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("room")]
    [InlineData("rating_notes")]
    public void Validate_OnOpenObject_DoesNotMistakeADifferentNameForATypo(string name)
    {
        Assert.Empty(Errors(Loop, $$"""{ "loop": { "id": "l", "rounds": [ { "id": "r", "{{name}}": 1 } ] } }"""));
    }

    [Fact]
    public void Validate_WhenMisspeltNameIsRequired_ReportsTheNearMissBeforeTheMissingName()
    {
        var errors = Errors(Loop, """{ "loop": { "id": "l", "rouds": [ { "id": "r" } ] } }""");

        Assert.Equal(["loop.rouds: unknown field; did you mean 'rounds'?", "loop.rounds: is required"], errors);
    }

    [Fact]
    public void Validate_NameThatIsNotAnIdentifier_IsQuotedInBrackets()
    {
        var errors = Errors(Loop, """{ "loop": { "id": "l", "rounds": [ { "id": "r", "ratings": { "a.b c": 9 } } ] } }""");

        Assert.Equal(["loop.rounds[0].ratings[\"a.b c\"]: 9 is outside 1..5"], errors);
    }

    [Fact]
    public void Validate_ReportsEveryErrorInDocumentOrder()
    {
        var errors = Errors(Loop, """{ "loop": { "id": 3, "rounds": [ { "id": "r", "ratings": { "x": 0, "y": 9 } }, {} ] } }""");

        Assert.Equal(
            ["loop.id: expected string, got integer 3", "loop.rounds[0].ratings.x: 0 is outside 1..5",
             "loop.rounds[0].ratings.y: 9 is outside 1..5", "loop.rounds[1].id: is required"],
            errors);
    }

    [Fact]
    public void Validate_WhenRootHasWrongType_UsesDollarAsPath()
    {
        Assert.Equal(["$: expected object, got an array"], Errors(Loop, "[]"));
    }
}
