using System.Net;
using InterviewLoop.Packets;
using InterviewLoop.Server.Pages;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// Adds the live calibration notice to a debrief page served by the server (not to the PDF): a status line the
/// page's script fills from <c>/api/loops/{loopId}/calibration/latest</c> and updates on <c>CalibrationUpdated</c>.
/// </summary>
internal static class LiveCalibrationScript
{
    /// <summary>What the committee page's content policy must allow for it: its own scripts and the hub.</summary>
    public const string ContentPolicy = "script-src 'self'; connect-src 'self'";

    /// <summary><paramref name="html"/> with the notice and scripts before <c>&lt;/body&gt;</c>.</summary>
    public static string Into(string html, string loopId)
    {
        ArgumentNullException.ThrowIfNull(html);
        var block = $"""
            <aside id="calibration-live" data-loop="{WebUtility.HtmlEncode(loopId)}" role="status" aria-live="polite" hidden
              style="position:sticky;bottom:0;margin:1rem 0 0;padding:.6rem 1rem;background:#fff8e1;border:1px solid #e0c36c;border-radius:6px;font:14px/1.4 system-ui,sans-serif"></aside>
            <script src="/lib/signalr/signalr.min.js"></script>
            <script type="module" src="/js/debrief-live.js"></script>
            """;
        // The packet's own policy forbids every script; this page runs its own scripts and talks to the hub, nothing else.
        var page = html.Replace($"content=\"{DebriefPacketDocument.ContentPolicy}\"", $"content=\"{DebriefPacketDocument.ContentPolicy}; {ContentPolicy}\"", StringComparison.Ordinal);
        return PageHtml.BeforeBodyEnd(page, block);
    }
}
