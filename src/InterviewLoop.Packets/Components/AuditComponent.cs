using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>The audit trail: when the loop was planned, each scorecard submitted or amended (with reasons), the decision.</summary>
internal static class AuditComponent
{
    public static void Compose(StringBuilder html, IReadOnlyList<PacketAuditEntry> entries)
    {
        html.Append("""
            <section class="audit"><h2>Audit trail</h2>
            <p class="empty">Submitted scorecards change only by amendments that give a reason; every one is listed here.</p>
            <table><thead><tr><th>When</th><th>Round</th><th>Who</th><th>What</th><th>Reason</th></tr></thead><tbody>

            """);
        foreach (var e in entries)
        {
            var round = e.Round is null ? "loop" : $"<a href=\"#{RoundAnchor(e.Round)}\">{E(e.Round)}</a>";
            html.Append($"<tr><td>{Time(e.At)}</td><td>{round}</td><td>{E(e.Who ?? "")}</td><td>{E(e.What)}</td><td>{E(e.Reason ?? "")}</td></tr>\n");
        }
        html.Append("</tbody></table></section>\n");
    }
}
