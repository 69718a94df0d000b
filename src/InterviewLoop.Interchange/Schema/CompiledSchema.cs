namespace InterviewLoop.Interchange.Schema;

/// <summary>The compiled root and its <c>$defs</c>, every <c>$ref</c> checked to resolve.</summary>
internal sealed record CompiledSchema(SchemaNode Root, IReadOnlyDictionary<string, SchemaNode> Defs);
