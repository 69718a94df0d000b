using System.Text.Json;

namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// Walks an instance depth-first in document order and collects every error. Within an object,
/// its properties are checked (in the instance's order) before missing required names, so a
/// misspelt required name is reported as the near-miss it is. A type mismatch stops the checks
/// below that value, keeping one cause to one error.
/// </summary>
internal sealed class SchemaEvaluator(CompiledSchema schema)
{
    private readonly List<SchemaError> _errors = [];

    public IReadOnlyList<SchemaError> Evaluate(JsonElement instance)
    {
        Visit(schema.Root, instance, JsonPath.Root);
        return _errors;
    }

    private void Visit(SchemaNode node, JsonElement value, string path)
    {
        if (node.Ref is not null) Visit(schema.Defs[node.Ref], value, path);
        if (node.Types is { } types && !types.Any(t => Matches(t, value)))
        {
            Fail(path, $"expected {string.Join(" or ", types)}, got {InstanceText.Describe(value)}");
            return;
        }
        if (ValueKeywords.Check(node, value) is { } problem) Fail(path, problem);
        if (value.ValueKind == JsonValueKind.Object) VisitObject(node, value, path);
        if (value.ValueKind == JsonValueKind.Array) VisitArray(node, value, path);
    }

    private void VisitObject(SchemaNode node, JsonElement value, string path)
    {
        var declared = node.Properties ?? new Dictionary<string, SchemaNode>();
        foreach (var property in value.EnumerateObject())
        {
            var at = JsonPath.Property(path, property.Name);
            if (declared.TryGetValue(property.Name, out var child)) Visit(child, property.Value, at);
            else if (node.AdditionalSchema is { } additional) Visit(additional, property.Value, at);
            else if (node.AdditionalAllowed == false) Fail(at, "unknown field");
            else if (NearMiss.Suggest(property.Name, declared.Keys) is { } meant && !IsAddition(property.Name, meant, value))
                Fail(at, $"unknown field; did you mean '{meant}'?");
        }
        foreach (var name in node.Required.Where(n => !value.TryGetProperty(n, out _)))
            Fail(JsonPath.Property(path, name), "is required");
    }

    // A name close to a declared field that is present too is an addition the contract allows
    // ("submitted" beside "submittedAt"), not a misspelling of it; the same name in another case or
    // with separators ("ID" beside "id") stays an error, as no producer means two fields by it.
    private static bool IsAddition(string name, string meant, JsonElement value) =>
        value.TryGetProperty(meant, out _) && !NearMiss.IsSameName(name, meant);

    private void VisitArray(SchemaNode node, JsonElement value, string path)
    {
        var count = value.GetArrayLength();
        if (count < node.MinItems) Fail(path, $"has {count} items, needs at least {node.MinItems}");
        if (node.Items is null) return;
        var index = 0;
        foreach (var item in value.EnumerateArray()) Visit(node.Items, item, JsonPath.Index(path, index++));
    }

    private static bool Matches(string type, JsonElement value) => type switch
    {
        "integer" => value.ValueKind == JsonValueKind.Number && InstanceText.IsInteger(value),
        "number" => value.ValueKind == JsonValueKind.Number,
        _ => type == InstanceText.TypeOf(value),
    };

    private void Fail(string path, string problem) => _errors.Add(new SchemaError(path, problem));
}
