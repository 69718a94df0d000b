using System.Text.Json;

namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// Turns a schema document into <see cref="SchemaNode"/>s, refusing any keyword outside our subset
/// so that a schema edit cannot silently stop validating.
/// </summary>
internal sealed class SchemaCompiler
{
    private const string DefsPrefix = "#/$defs/";

    private static readonly HashSet<string> Annotations =
        new(["$schema", "$id", "$comment", "title", "description", "default", "examples"], StringComparer.Ordinal);

    private readonly List<(string Name, string At)> _refs = [];

    public static CompiledSchema Compile(JsonElement root)
    {
        var compiler = new SchemaCompiler();
        var defs = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$defs", out var defsElement))
            foreach (var def in KeywordValues.RequireKind(defsElement, JsonValueKind.Object, "#/$defs").EnumerateObject())
                defs[def.Name] = compiler.Node(def.Value, DefsPrefix + def.Name);
        var compiled = new CompiledSchema(compiler.Node(root, "#", isRoot: true), defs);
        var missing = compiler._refs.FirstOrDefault(r => !defs.ContainsKey(r.Name));
        if (missing.Name is not null)
            throw new SchemaDefinitionException($"{missing.At}: $ref '{DefsPrefix}{missing.Name}' does not resolve");
        return compiled;
    }

    private SchemaNode Node(JsonElement schema, string at, bool isRoot = false)
    {
        var node = new SchemaNode();
        foreach (var keyword in KeywordValues.RequireKind(schema, JsonValueKind.Object, at).EnumerateObject())
        {
            if (Annotations.Contains(keyword.Name) || (isRoot && keyword.Name == "$defs")) continue;
            Apply(node, keyword.Name, keyword.Value, $"{at}/{keyword.Name}");
        }
        return node;
    }

    private void Apply(SchemaNode node, string keyword, JsonElement value, string at)
    {
        switch (keyword)
        {
            case "type": node.Types = KeywordValues.Types(value, at); break;
            case "properties": node.Properties = Properties(value, at); break;
            case "required": node.Required = KeywordValues.Strings(value, at); break;
            case "additionalProperties": AdditionalProperties(node, value, at); break;
            case "items": node.Items = Node(value, at); break;
            case "enum": node.Enum = KeywordValues.Array(value, at); break;
            case "const": node.Const = value.Clone(); break;
            case "minimum": node.Minimum = KeywordValues.Number(value, at); break;
            case "maximum": node.Maximum = KeywordValues.Number(value, at); break;
            case "minLength": node.MinLength = KeywordValues.Count(value, at); break;
            case "maxLength": node.MaxLength = KeywordValues.Count(value, at); break;
            case "minItems": node.MinItems = KeywordValues.Count(value, at); break;
            case "pattern": node.Pattern = KeywordValues.Pattern(value, at); break;
            case "format": node.Format = KeywordValues.Format(value, at); break;
            case "$ref": node.Ref = Ref(value, at); break;
            default: throw new SchemaDefinitionException($"{at}: keyword '{keyword}' is not supported by this validator");
        }
    }

    private Dictionary<string, SchemaNode> Properties(JsonElement value, string at) =>
        KeywordValues.RequireKind(value, JsonValueKind.Object, at).EnumerateObject()
            .ToDictionary(p => p.Name, p => Node(p.Value, $"{at}/{p.Name}"), StringComparer.Ordinal);

    private void AdditionalProperties(SchemaNode node, JsonElement value, string at)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) node.AdditionalAllowed = value.GetBoolean();
        else node.AdditionalSchema = Node(value, at);
    }

    private string Ref(JsonElement value, string at)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        if (!text.StartsWith(DefsPrefix, StringComparison.Ordinal) || text.Length == DefsPrefix.Length)
            throw new SchemaDefinitionException($"{at}: only '$ref' to '{DefsPrefix}<name>' is supported, got '{text}'");
        _refs.Add((text[DefsPrefix.Length..], at));
        return text[DefsPrefix.Length..];
    }
}
