using System.Globalization;
using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>The chart's legend: each round's colour, id and kind, wrapped to the chart's width.</summary>
internal static class ChartLegend
{
    public static void ComposeItem(StringBuilder svg, PacketRound round, int index, int x, int y) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<circle cx=\"{x + 6}\" cy=\"{y - 4}\" r=\"5\" fill=\"{RatingsChart.Palette[index % RatingsChart.Palette.Length]}\"/><text x=\"{x + 14}\" y=\"{y}\" font-size=\"10\" fill=\"#566275\">{E(round.Id)} {E(round.Kind)}</text>\n");

    // Items flow left to right and wrap to a new line when the next would run past the edge.
    public static List<(int X, int Line, int Index)> Layout(IReadOnlyList<PacketRound> rounds, int width)
    {
        var items = new List<(int X, int Line, int Index)>();
        int x = 10, line = 0;
        for (var i = 0; i < rounds.Count; i++)
        {
            var itemWidth = 24 + (int)((rounds[i].Id.Length + rounds[i].Kind.Length + 1) * 5.6);
            if (x + itemWidth > width && x > 10) (x, line) = (10, line + 1);
            items.Add((x, line, i));
            x += itemWidth;
        }
        if (items.Count == 0) items.Add((10, 0, -1));
        return items;
    }
}
