using System.Text;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets;

/// <summary>One calibration flag: severity, kind, rounds, message, then each quote that raised it.</summary>
internal static class FlagComponent
{
    public static void Compose(StringBuilder html, PacketFlag flag)
    {
        var dimension = flag.Dimension is null ? "" : $" · {E(flag.Dimension)}";
        html.Append($"""
            <article class="flag {E(flag.Severity.ToLowerInvariant())}">
            <p class="flag-head"><span class="severity">{E(flag.Severity)}</span><span class="flag-kind">{E(flag.Kind)}</span> · {E(string.Join(", ", flag.Rounds))}{dimension}</p>
            <p>{E(flag.Message)}</p>
            """);
        foreach (var quote in flag.Evidence)
            html.Append($"<blockquote>“{E(quote.Quote)}” <cite>— {E(quote.Interviewer)}, {E(quote.Round)}</cite></blockquote>\n");
        html.Append("</article>\n");
    }
}
