using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>One round: heading (the target of flag links), rubric, time and panel, then each panel member's scorecard.</summary>
internal static class RoundComponent
{
    public static void Compose(StringBuilder html, PacketRound round)
    {
        var when = round.StartedAt is { } at ? Time(at) : "not scheduled";
        html.Append($"""
            <section class="round" id="{RoundAnchor(round.Id)}"><h2>{E(round.Id)} · {E(round.Kind)}</h2>
            <p class="round-meta">Rubric: {E(round.Rubric)} · {when} · {Int(round.DurationMinutes)} min · Panel: {E(string.Join(", ", round.Panel))}</p>
            """);
        if (round.Scorecards.Count == 0) html.Append("<p class=\"empty\">No panel and no scorecards for this round.</p>\n");
        foreach (var scorecard in round.Scorecards) ScorecardComponent.Compose(html, scorecard);
        html.Append("</section>\n");
    }
}
