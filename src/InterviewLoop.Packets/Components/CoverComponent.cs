using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>Page one's top: the candidate, the role, loop dates, the panel and where the loop stands.</summary>
internal static class CoverComponent
{
    public static void Compose(StringBuilder html, string loopId, PacketCover cover, int roundCount)
    {
        var done = cover.Completeness;
        html.Append($"""
            <section class="cover"><h1>{E(cover.CandidateName)}</h1>
            <p class="subtitle">Debrief packet for the hiring committee</p>
            <dl class="facts"><dt>Role</dt><dd>{E(cover.RoleTitle)} ({E(cover.Track)})</dd>
            <dt>Target level</dt><dd>{E(cover.TargetLevel)}</dd>
            <dt>Loop</dt><dd>{E(loopId)} · {Int(roundCount)} rounds</dd>
            <dt>Loop dates</dt><dd>{Dates(cover)}</dd>
            <dt>Scorecards</dt><dd>{Int(done.Submitted)} of {Int(done.Expected)} submitted</dd>
            <dt>Decision</dt><dd>{E(cover.DecisionStatus)}</dd></dl>
            <h2>Panel</h2><ul class="panel">
            """);
        foreach (var p in cover.Panel)
            html.Append($"<li>{E(p.Name)} <span class=\"empty\">({E(string.Join(", ", p.Rounds))})</span></li>\n");
        html.Append("</ul></section>\n");
    }

    private static string Dates(PacketCover cover) => (cover.FirstRoundAt, cover.LastRoundEndsAt) switch
    {
        ({ } first, { } last) when Date(first) == Date(last) => Date(first),
        ({ } first, { } last) => $"{Date(first)} – {Date(last)}",
        _ => "<span class=\"empty\">no round scheduled</span>",
    };
}
