using System.Text.Json;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Interchange.Rules;

/// <summary>What a scorecard's rules need to know about its round.</summary>
/// <param name="RubricId">The round's rubric id as written.</param>
/// <param name="Rubric">The built-in rubric, or <c>null</c> for an organisation's own (free dimension ids).</param>
/// <param name="Panel">Ids on the round's explicit panel, or <c>null</c> when the document gives none.</param>
internal sealed record RoundContext(string RubricId, Rubric? Rubric, IReadOnlySet<string>? Panel);

/// <summary>
/// One round: an interviewer is on its panel once, has one scorecard, and (when the round lists a
/// panel) is on that panel, because only panel members score a round.
/// </summary>
internal static class RoundRules
{
    public static void Check(JsonElement round, string path)
    {
        var rubricId = round.Text("rubric");
        var context = new RoundContext(
            rubricId, RubricCatalog.TryGet(rubricId, out var rubric) ? rubric : null, PanelIds(round, path));
        var firstCard = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var card in round.Items("scorecards"))
        {
            var at = $"{path}.scorecards[{index}]";
            var interviewer = card.GetProperty("interviewer").Text("id");
            if (!firstCard.TryAdd(interviewer, index))
                throw new LoopDocumentException($"{at}.interviewer.id", $"'{interviewer}' already has a scorecard in this round (scorecards[{firstCard[interviewer]}])");
            if (context.Panel is { } panel && !panel.Contains(interviewer))
                throw new LoopDocumentException($"{at}.interviewer.id", $"'{interviewer}' is not on this round's panel");
            ScorecardRules.Check(card, at, context);
            index++;
        }
    }

    private static HashSet<string>? PanelIds(JsonElement round, string path)
    {
        if (!round.Has("panel")) return null;
        var firstSeat = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var member in round.Items("panel"))
        {
            var id = member.Text("id");
            if (!firstSeat.TryAdd(id, index))
                throw new LoopDocumentException($"{path}.panel[{index}].id", $"'{id}' is already on this panel (panel[{firstSeat[id]}])");
            index++;
        }
        return firstSeat.Keys.ToHashSet(StringComparer.Ordinal);
    }
}
