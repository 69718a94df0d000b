using System.Globalization;
using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>
/// A hand-written SVG dot plot: one row per dimension, the 1..5 scale across, and per round a marker at
/// the mean raw rating it gave that dimension, labelled with the round id. Markers with the same value
/// sit side by side instead of on top of each other. Colours repeat after eight rounds; the labels don't.
/// </summary>
internal static class RatingsChart
{
    private const int Width = 640, LabelWidth = 190, Right = 620, Top = 26, RowHeight = 18, Radius = 7, LegendLine = 16;
    /// <summary>Round colours, by round index.</summary>
    public static readonly string[] Palette = ["#1f4fbf", "#b54708", "#146c43", "#8250df", "#b42318", "#0e7490", "#6e7781", "#9a6700"];

    public static void Compose(StringBuilder svg, PacketRatings ratings, IReadOnlyList<PacketRound> rounds)
    {
        var legend = ChartLegend.Layout(rounds, Width);
        var plotBottom = Top + (ratings.Rows.Count * RowHeight) + 4;
        var height = plotBottom + 8 + ((legend[^1].Line + 1) * LegendLine);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Mean raw rating per dimension and round\">\n");
        svg.Append("<title>Mean raw rating per dimension and round</title>\n");
        ComposeScale(svg, plotBottom);
        for (var i = 0; i < ratings.Rows.Count; i++) ComposeRow(svg, ratings.Rows[i], Top + (i * RowHeight) + (RowHeight / 2), ratings.RoundIds);
        foreach (var (x, line, i) in legend.Where(l => l.Index >= 0)) ChartLegend.ComposeItem(svg, rounds[i], i, x, plotBottom + 4 + ((line + 1) * LegendLine));
        svg.Append("</svg>\n");
    }

    private static double X(double rating) => LabelWidth + ((rating - 1) * (Right - LabelWidth) / 4.0);

    private static void ComposeScale(StringBuilder svg, int bottom)
    {
        for (var r = 1; r <= 5; r++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(r):0.#}\" y1=\"{Top - 6}\" x2=\"{X(r):0.#}\" y2=\"{bottom}\" stroke=\"#d5dbe3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(r):0.#}\" y=\"{Top - 12}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#566275\">{r}</text>\n");
        }
    }

    private static void ComposeRow(StringBuilder svg, PacketRatingRow row, int y, IReadOnlyList<string> roundIds)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 10}\" y=\"{y + 4}\" text-anchor=\"end\" font-size=\"11\" fill=\"#1d2430\">{E(row.Dimension)}</text>\n");
        var means = row.Cells
            .Select(c => (Index: IndexOf(roundIds, c.RoundId), c.RoundId, Mean: c.Ratings.Count == 0 ? (double?)null : Math.Round(c.Ratings.Average(r => r.Raw), 1)))
            .Where(m => m.Mean is not null)
            .ToArray();
        if (means.Length == 0)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{y + 4}\" font-size=\"10\" font-style=\"italic\" fill=\"#8a94a6\">not assessed</text>\n");
        foreach (var group in means.GroupBy(m => m.Mean))
        {
            var markers = group.ToArray();
            for (var k = 0; k < markers.Length; k++)
                Marker(svg, X(group.Key!.Value) + ((k - ((markers.Length - 1) / 2.0)) * 2 * Radius), y, markers[k].Index, markers[k].RoundId);
        }
    }

    private static void Marker(StringBuilder svg, double x, int y, int roundIndex, string roundId) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<circle cx=\"{x:0.#}\" cy=\"{y}\" r=\"{Radius}\" fill=\"{Palette[roundIndex % Palette.Length]}\" stroke=\"#fff\"/><text x=\"{x:0.#}\" y=\"{y + 3}\" text-anchor=\"middle\" font-size=\"8\" fill=\"#fff\">{E(Short(roundId))}</text>\n");

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++) if (ids[i] == id) return i;
        return 0;
    }

    // A marker holds about three characters; the legend spells the round id out in full.
    private static string Short(string roundId) => roundId.Length <= 3 ? roundId : roundId[..3];
}
