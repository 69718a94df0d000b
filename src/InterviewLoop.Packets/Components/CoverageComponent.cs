using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>Coverage: the rubric dimensions no submitted scorecard rated.</summary>
internal static class CoverageComponent
{
    public static void Compose(StringBuilder html, IReadOnlyList<PacketCoverageGap> gaps)
    {
        html.Append("<section class=\"coverage\"><h2>Coverage: dimensions nobody assessed</h2>\n");
        if (gaps.Count == 0)
        {
            html.Append("<p class=\"empty\">Every dimension of the loop's rubrics was rated in at least one submitted scorecard.</p></section>\n");
            return;
        }
        html.Append("<table><thead><tr><th>Rubric</th><th>Dimension</th><th>Rounds on that rubric</th></tr></thead><tbody>\n");
        foreach (var gap in gaps)
        {
            var pending = gap.Pending ? " <span class=\"empty\">(scorecards outstanding)</span>" : "";
            var rounds = string.Join(", ", gap.Rounds.Select(r => $"<a href=\"#{RoundAnchor(r)}\">{E(r)}</a>"));
            html.Append($"<tr><td>{E(gap.Rubric)}</td><td>{E(gap.Dimension)}</td><td>{rounds}{pending}</td></tr>\n");
        }
        html.Append("</tbody></table></section>\n");
    }
}
