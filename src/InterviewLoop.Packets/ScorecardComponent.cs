using System.Text;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets;

/// <summary>One scorecard: a status badge, ratings with notes per dimension, recommendations and summary.</summary>
internal static class ScorecardComponent
{
    public static void Compose(StringBuilder html, PacketScorecard card)
    {
        var (css, status) = card.Status switch
        {
            ScorecardStatus.Submitted => ("submitted", $"Submitted {Time(card.SubmittedAt!.Value)}"),
            ScorecardStatus.Draft => ("draft", "DRAFT · not submitted"),
            _ => ("missing", "NOT STARTED · no scorecard yet"),
        };
        html.Append($"<article class=\"scorecard {css}\"><h3>{E(card.InterviewerName)}<span class=\"status\">{status}</span></h3>\n");
        if (card.Status != ScorecardStatus.Missing) ComposeBody(html, card);
        html.Append("</article>\n");
    }

    private static void ComposeBody(StringBuilder html, PacketScorecard card)
    {
        html.Append("<table class=\"ratings\"><thead><tr><th class=\"dimension\">Dimension</th><th class=\"score\">Rating</th><th>Evidence</th></tr></thead><tbody>\n");
        foreach (var d in card.Dimensions) ComposeDimension(html, d);
        html.Append("</tbody></table>\n");
        if (card.GeneralNotes.Count > 0) html.Append("<h4>General notes</h4>\n");
        foreach (var note in card.GeneralNotes) html.Append($"<p class=\"note\">{E(note)}</p>\n");
        html.Append($"""
            <p class="verdict"><span>Recommendation: <strong>{E(card.Recommendation ?? "none yet")}</strong></span>
            <span>Level: <strong>{E(card.LevelRecommendation ?? "none")}</strong></span></p>
            <div class="summary"><h4>Summary</h4><p>{(card.Summary.Length == 0 ? "<span class=\"empty\">No summary written.</span>" : E(card.Summary))}</p></div>
            """);
    }

    private static void ComposeDimension(StringBuilder html, PacketDimension d)
    {
        var score = d.Rating is { } r ? $"{Int(r)} / 5" : "<span class=\"empty\">not rated</span>";
        if (d.Calibrated is { } c && d.Rating is not null) score += $" <span class=\"calibrated\">(cal. {Decimal(c)})</span>";
        var notes = d.Notes.Count == 0 ? "<span class=\"empty\">no evidence noted</span>" : string.Concat(d.Notes.Select(n => $"<p class=\"note\">{E(n)}</p>"));
        html.Append($"<tr><td class=\"dimension\">{E(d.Name)}</td><td class=\"score\">{score}</td><td>{notes}</td></tr>\n");
    }
}
