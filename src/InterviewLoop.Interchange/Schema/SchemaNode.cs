using System.Text.Json;
using System.Text.RegularExpressions;

namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// One compiled schema object: the keywords of our subset, parsed once. Absent keywords are
/// <c>null</c>. Set only by <see cref="SchemaCompiler"/> while loading.
/// </summary>
internal sealed class SchemaNode
{
    /// <summary>Allowed instance types (<c>integer</c> also accepts integral numbers such as 1.0).</summary>
    public IReadOnlyList<string>? Types { get; set; }

    /// <summary>Declared properties in schema order.</summary>
    public IReadOnlyDictionary<string, SchemaNode>? Properties { get; set; }

    public IReadOnlyList<string> Required { get; set; } = [];

    /// <summary><c>false</c> closes the object; <c>null</c> leaves it open (with the near-miss guard).</summary>
    public bool? AdditionalAllowed { get; set; }

    /// <summary>The schema every undeclared property must meet (a map such as <c>ratings</c>).</summary>
    public SchemaNode? AdditionalSchema { get; set; }

    public SchemaNode? Items { get; set; }

    public IReadOnlyList<JsonElement>? Enum { get; set; }

    public JsonElement? Const { get; set; }

    public double? Minimum { get; set; }

    public double? Maximum { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public int? MinItems { get; set; }

    public Regex? Pattern { get; set; }

    /// <summary>Only <c>date-time</c> is supported.</summary>
    public string? Format { get; set; }

    /// <summary>The name under <c>#/$defs/</c> this node refers to.</summary>
    public string? Ref { get; set; }
}
