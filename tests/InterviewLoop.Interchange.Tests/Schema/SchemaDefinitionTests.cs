using InterviewLoop.Interchange.Schema;

namespace InterviewLoop.Interchange.Tests.Schema;

public sealed class SchemaDefinitionTests
{
    [Theory]
    [InlineData("""{ "oneOf": [] }""", "#/oneOf: keyword 'oneOf' is not supported")]
    [InlineData("""{ "properties": { "a": { "uniqueItems": true } } }""", "#/properties/a/uniqueItems: keyword 'uniqueItems'")]
    [InlineData("""{ "$ref": "#/$defs/missing" }""", "#/$ref: $ref '#/$defs/missing' does not resolve")]
    [InlineData("""{ "$ref": "other.json#/x" }""", "#/$ref: only '$ref' to '#/$defs/<name>' is supported")]
    [InlineData("""{ "format": "email" }""", "#/format: format 'email' is not supported")]
    [InlineData("""{ "type": "int" }""", "#/type: 'int' is not a JSON Schema type")]
    [InlineData("""{ "minLength": -1 }""", "#/minLength: expected a non-negative integer")]
    [InlineData("""{ "pattern": "([" }""", "#/pattern: '([' is not a valid pattern")]
    [InlineData("""{ "items": { "$defs": {} } }""", "#/items/$defs: keyword '$defs' is not supported")]
    [InlineData("{ not json", "#: the schema is not valid JSON")]
    public void Parse_WhenSchemaLeavesTheSupportedSubset_FailsNamingTheLocation(string schema, string expected)
    {
        var error = Assert.Throws<SchemaDefinitionException>(() => JsonSchema.Parse(schema));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IgnoresAnnotations()
    {
        var schema = JsonSchema.Parse("""{ "$schema": "x", "$id": "y", "title": "t", "description": "d", "default": 1, "examples": [], "$comment": "c" }""");

        Assert.NotNull(schema);
    }

    [Fact]
    public void EmbeddedSchemas_LoadBothContractSchemas()
    {
        Assert.Contains("interviewloop.loop/v1", EmbeddedSchemas.LoopDocumentText, StringComparison.Ordinal);
        Assert.Contains("interviewloop.calibration/v1", EmbeddedSchemas.CalibrationReportText, StringComparison.Ordinal);
        Assert.NotNull(EmbeddedSchemas.LoopDocument);
        Assert.NotNull(EmbeddedSchemas.CalibrationReport);
    }
}
