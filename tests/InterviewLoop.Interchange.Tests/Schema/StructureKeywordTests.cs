using static InterviewLoop.Interchange.Tests.Support.SchemaCheck;
using static InterviewLoop.Interchange.Tests.Support.TestSchemas;

namespace InterviewLoop.Interchange.Tests.Schema;

public sealed class StructureKeywordTests
{
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
