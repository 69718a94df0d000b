using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>
/// One scorecard, kept on one page: when submitted, its ratings with the evidence notes grouped by
/// dimension, the recommendations and the interviewer's summary; otherwise only that it is not submitted yet.
/// </summary>
internal static class ScorecardComponent
{
    public static void Compose(StringBuilder html, PacketScorecard card)
    {
        if (card.SubmittedAt is not { } submitted)
        {
            html.Append($"<article class=\"scorecard not-submitted\"><h3>{E(card.InterviewerName)}<span class=\"status\">Not submitted yet</span></h3></article>\n");
            return;
        }
        html.Append($"<article class=\"scorecard submitted\"><h3>{E(card.InterviewerName)}<span class=\"status\">Submitted {Time(submitted)}</span></h3>\n");
        ComposeBody(html, card);
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
            <p class="verdict"><span>Recommendation: <strong>{E(card.Recommendation ?? "none")}</strong></span>
            <span>Level: <strong>{E(card.LevelRecommendation ?? "none")}</strong></span></p>
            <div class="summary"><h4>Summary</h4><p>{(card.Summary.Length == 0 ? "<span class=\"empty\">No summary written.</span>" : E(card.Summary))}</p></div>
            """);
    }

    // The calibrated value is shown only where it differs: the ratings table carries both for every rating.
    private static void ComposeDimension(StringBuilder html, PacketDimension d)
    {
        var score = d.Rating is { } r ? $"{Int(r)} / 5" : "<span class=\"empty\">not rated</span>";
        if (d.Calibrated is { } c && d.Rating is { } raw && !c.Equals(raw)) score += $" <span class=\"calibrated\">(cal. {Decimal(c)})</span>";
        var notes = d.Notes.Count == 0 ? "<span class=\"empty\">no evidence noted</span>" : string.Concat(d.Notes.Select(n => $"<p class=\"note\">{E(n)}</p>"));
        html.Append($"<tr><td class=\"dimension\">{E(d.Name)}</td><td class=\"score\">{score}</td><td>{notes}</td></tr>\n");
    }
}
