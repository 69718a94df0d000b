using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>The "incomplete" banner at the top of a packet some panel member has not submitted to.</summary>
internal static class BannerComponent
{
    public static void Compose(StringBuilder html, PacketCompleteness completeness)
    {
        if (completeness.IsComplete) return;
        html.Append($"""
            <div class="banner incomplete" role="alert"><strong>Incomplete packet:</strong>
            {Int(completeness.Submitted)} of {Int(completeness.Expected)} scorecards submitted.
            Not submitted yet: {E(string.Join("; ", completeness.Outstanding))}
            (their ratings, notes and drafts are neither shown nor calibrated).</div>

            """);
    }
}
