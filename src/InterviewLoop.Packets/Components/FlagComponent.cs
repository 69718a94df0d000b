using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>One calibration flag: severity, kind, links to the rounds it names, message, then each quote that raised it.</summary>
internal static class FlagComponent
{
    public static void Compose(StringBuilder html, PacketFlag flag)
    {
        var dimension = flag.Dimension is null ? "" : $" · {E(flag.Dimension)}";
        var rounds = string.Join(", ", flag.Rounds.Select(r => $"<a href=\"#{RoundAnchor(r)}\">{E(r)}</a>"));
        html.Append($"""
            <article class="flag {E(flag.Severity.ToLowerInvariant())}" id="flag-{Int(flag.Number)}">
            <p class="flag-head"><span class="severity">{E(flag.Severity)}</span><span class="flag-kind">{E(flag.Kind)}</span> · {rounds}{dimension}</p>
            <p>{E(flag.Message)}</p>
            """);
        foreach (var quote in flag.Evidence)
            html.Append($"<blockquote>“{E(quote.Quote)}” <cite>— {E(quote.Interviewer)}, <a href=\"#{RoundAnchor(quote.Round)}\">{E(quote.Round)}</a></cite></blockquote>\n");
        html.Append("</article>\n");
    }
}
