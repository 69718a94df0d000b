using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>The ratings section: the dimension × round table (raw beside calibrated), the chart and the raters.</summary>
internal static class RatingsComponent
{
    public static void Compose(StringBuilder html, PacketRatings ratings, IReadOnlyList<PacketRound> rounds)
    {
        html.Append("""
            <section class="ratings-section"><h2>Ratings by dimension and round</h2>
            <p class="empty">Each rating reads raw · calibrated (the rater's known severity or leniency removed), then who gave it.
            Blank: the round's rubric has no such dimension. —: nobody rated it.</p>
            <div class="wide"><table class="grid"><thead><tr><th>Dimension</th>
            """);
        foreach (var round in rounds) html.Append($"<th><a href=\"#{RoundAnchor(round.Id)}\">{E(round.Id)}</a><small>{E(round.Kind)}</small></th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in ratings.Rows) ComposeRow(html, row);
        html.Append("</tbody></table></div>\n");
        // A phone scrolls the chart sideways rather than shrinking its labels below reading size.
        html.Append("<div class=\"wide\">");
        RatingsChart.Compose(html, ratings, rounds);
        html.Append("</div>\n");
        ComposeRaters(html, ratings.Raters);
        html.Append("</section>\n");
    }

    private static void ComposeRow(StringBuilder html, PacketRatingRow row)
    {
        html.Append($"<tr><td>{E(row.Dimension)}</td>");
        foreach (var cell in row.Cells)
        {
            var content = !cell.Applies ? "" : cell.Ratings.Count == 0 ? "<span class=\"empty\">—</span>"
                : string.Join("<br>", cell.Ratings.Select(r =>
                    $"<span class=\"raw\">{Int(r.Raw)}</span> · <span class=\"cal\">{Decimal(r.Calibrated)}</span> <span class=\"who\">{E(FirstName(r.Interviewer))}</span>"));
            html.Append(cell.Applies ? $"<td>{content}</td>" : "<td class=\"na\"></td>");
        }
        html.Append("</tr>\n");
    }

    private static void ComposeRaters(StringBuilder html, IReadOnlyList<PacketRater> raters)
    {
        html.Append("<div class=\"raters\"><h4>Raters</h4>\n<table><thead><tr><th>Interviewer</th><th>Ratings here</th><th>Severity</th></tr></thead><tbody>\n");
        foreach (var r in raters) html.Append($"<tr><td>{E(r.Name)}</td><td>{Int(r.Ratings)}</td><td>{Severity(r)}</td></tr>\n");
        html.Append("</tbody></table></div>\n");
    }

    private static string Severity(PacketRater r)
    {
        var basis = r.HistoryRatings is { } n ? $" (± {Decimal(r.StandardError ?? 0)}, from {Int(n)} ratings across loops)" : " (as calibrated in this loop)";
        return r.Severity switch
        {
            null => "<span class=\"empty\">no history: calibrated equals raw</span>",
            > 0 => $"{Signed(r.Severity.Value)} harsh: rates below the panel on the same evidence{basis}",
            < 0 => $"{Signed(r.Severity.Value)} lenient: rates above the panel on the same evidence{basis}",
            _ => $"0.0 in line with the panel{basis}",
        };
    }

    // Cells are narrow: "Priya" is enough beside the rater table that spells names out.
    private static string FirstName(string name) => name.Split(' ', 2)[0];
}
