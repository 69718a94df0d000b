using static InterviewLoop.Interchange.Tests.Support.SchemaCheck;
using static InterviewLoop.Interchange.Tests.Support.TestSchemas;

namespace InterviewLoop.Interchange.Tests.Schema;

public sealed class NearMissTests
{
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

    [Theory]
    [InlineData("submitted", "submittedAt", "\"2026-11-02T16:10:00Z\"")]
    [InlineData("rating", "ratings", "{}")]
    public void Validate_WhenTheDeclaredNameIsPresentToo_AcceptsTheCloseNameAsAnAddition(string added, string declared, string value)
    {
        var document = $$"""{ "loop": { "id": "l", "rounds": [ { "id": "r", "{{declared}}": {{value}}, "{{added}}": 1 } ] } }""";

        Assert.Empty(Errors(Loop, document));
    }

    [Theory]
    [InlineData("ID", "id")]
    [InlineData("submitted_at", "submittedAt")]
    public void Validate_WhenOnlyCaseOrSeparatorsDiffer_RejectsEvenBesideTheDeclaredName(string variant, string declared)
    {
        var document = $$"""{ "loop": { "id": "l", "rounds": [ { "id": "r", "{{declared}}": "x", "{{variant}}": 1 } ] } }""";

        Assert.Equal([$"loop.rounds[0].{variant}: unknown field; did you mean '{declared}'?"], Errors(Loop, document));
    }
}
