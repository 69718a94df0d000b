using System.Text.Json;
using InterviewLoop.Interchange.Schema;

namespace InterviewLoop.Interchange.Tests.Support;

internal static class SchemaCheck
{
    /// <summary>Errors of <paramref name="instance"/> against <paramref name="schema"/>, as "path: problem" lines.</summary>
    public static IReadOnlyList<string> Errors(string schema, string instance) => Errors(JsonSchema.Parse(schema), instance);

    public static IReadOnlyList<string> Errors(JsonSchema schema, string instance)
    {
        using var document = JsonDocument.Parse(instance);
        return schema.Validate(document.RootElement).Select(e => e.ToString()).ToArray();
    }
}
