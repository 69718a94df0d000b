using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>The summary: the level the evidence supports against the target, recommendations, top flags.</summary>
internal static class SummaryComponent
{
    public static void Compose(StringBuilder html, PacketSummary summary)
    {
        html.Append($"<section class=\"summary-section\"><h2>Summary</h2>\n<p class=\"level\">{Level(summary.Level)}</p>\n");
        ComposeRecommendations(html, summary.Recommendations);
        html.Append("<h4>Flags to settle first</h4>\n");
        if (summary.TopFlags.Count == 0) html.Append("<p class=\"empty\">Calibration raised no flags.</p>\n");
        else html.Append("<ol class=\"top-flags\">\n");
        foreach (var f in summary.TopFlags)
            html.Append($"<li><a href=\"#flag-{Int(f.Number)}\"><span class=\"severity\">{E(f.Severity)}</span></a> {E(f.Message)}</li>\n");
        if (summary.TopFlags.Count > 0) html.Append("</ol>\n");
        html.Append("</section>\n");
    }

    private static string Level(PacketLevel level)
    {
        if (level.Supported is null) return $"No submitted evidence yet to support a level · target <strong>{E(level.Target)}</strong>";
        var against = string.CompareOrdinal(level.Supported, level.Target) switch
        {
            0 => "at the target",
            < 0 => "below the target",
            _ => "above the target",
        };
        return $"Evidence supports <strong>{E(level.Supported)}</strong> ({against} {E(level.Target)}) with {Percent(level.Confidence)} confidence";
    }

    private static void ComposeRecommendations(StringBuilder html, IReadOnlyList<PacketRecommendationCount> counts)
    {
        var most = Math.Max(1, counts.Max(c => c.Count));
        html.Append("<h4>Recommendations of submitted scorecards</h4>\n<table class=\"counts\"><tbody>\n");
        foreach (var c in counts)
        {
            var bar = c.Count == 0 ? "" : $"<span class=\"bar\" style=\"width:{Int(c.Count * 30 / most)}mm\"></span> ";
            html.Append($"<tr><td class=\"label\">{E(c.Recommendation)}</td><td class=\"n\">{Int(c.Count)}</td><td>{bar}{E(string.Join(", ", c.Who))}</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }
}
