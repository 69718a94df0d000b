using System.Text.Json;

namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// A JSON Schema (2020-12 keywords) compiled for validation. Implements the subset our schemas
/// use: <c>type</c> (with <c>integer</c>), <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c> (boolean or schema), <c>items</c>, <c>enum</c>, <c>const</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>,
/// <c>minItems</c>, <c>$ref</c> to <c>#/$defs/name</c> and <c>format: date-time</c>; annotations
/// (<c>title</c>, <c>description</c>, <c>default</c>, ...) are ignored. One deliberate addition: an
/// open object (no <c>additionalProperties</c>) still rejects an unknown name that is a near-miss
/// of a declared one. Why: docs/decisions/0001-own-json-schema-validator.md. Thread-safe once built.
/// </summary>
public sealed class JsonSchema
{
    private readonly CompiledSchema _compiled;

    private JsonSchema(CompiledSchema compiled) => _compiled = compiled;

    /// <summary>
    /// Compiles <paramref name="schemaJson"/>; throws <see cref="SchemaDefinitionException"/> when it is
    /// not JSON or uses a keyword, <c>$ref</c> or <c>format</c> outside the supported subset.
    /// </summary>
    public static JsonSchema Parse(string schemaJson)
    {
        try
        {
            using var document = JsonDocument.Parse(schemaJson);
            return new JsonSchema(SchemaCompiler.Compile(document.RootElement));
        }
        catch (JsonException e)
        {
            throw new SchemaDefinitionException($"#: the schema is not valid JSON ({e.Message})", e);
        }
    }

    /// <summary>
    /// Every error of <paramref name="instance"/>, in a deterministic order (depth-first, document
    /// order); empty when valid. Paths use the contract's form (<c>loop.rounds[2].ratings.scope</c>).
    /// </summary>
    public IReadOnlyList<SchemaError> Validate(JsonElement instance) => new SchemaEvaluator(_compiled).Evaluate(instance);
}
