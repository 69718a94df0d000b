using System.Text.Json;

namespace InterviewLoop.Interchange.Rules;

/// <summary>
/// The rules a schema cannot express, checked in document order after the schema passed; the first
/// broken rule throws <see cref="LoopDocumentException"/> with the exact path. Round ids are unique
/// within the loop; each round's own rules are in <see cref="RoundRules"/>.
/// </summary>
internal static class DocumentRules
{
    public static void Check(JsonElement loop)
    {
        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var round in loop.Items("rounds"))
        {
            var path = $"loop.rounds[{index}]";
            var id = round.Text("id");
            if (!firstUse.TryAdd(id, index))
                throw new LoopDocumentException($"{path}.id", $"round id '{id}' is already used by loop.rounds[{firstUse[id]}]");
            RoundRules.Check(round, path);
            index++;
        }
    }
}
