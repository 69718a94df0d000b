using System.Text;
using InterviewLoop.Packets.Components;
using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets;

/// <summary>
/// The debrief packet of one loop: ONE template for both the web debrief page and the PDF. The HTML is
/// self-contained (embedded CSS and SVG, no scripts, no external requests; all loop text encoded).
/// Page one: banner when incomplete, cover, seal and summary; then ratings, flags, coverage, rounds,
/// audit and decision. Printed, every page carries a running header (candidate, role, loop) and footer
/// (seal, page X of Y) from the same stylesheet.
/// </summary>
/// <param name="model">What to show (<see cref="Projections.PacketProjection.From"/>).</param>
/// <param name="seal">Its seal (<see cref="PacketComposer"/>), shown on page one and in every page's footer.</param>
public sealed class DebriefPacketDocument(PacketModel model, PacketSeal seal)
{
    /// <summary>
    /// The document's content security policy (a meta tag): the packet never needs the network or scripts, and the
    /// policy makes sure of it even if text slipped through. A server page that adds its own script widens it.
    /// </summary>
    public const string ContentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The complete HTML document (UTF-8 text). Equal model and seal give byte-equal HTML.</summary>
    public string Render()
    {
        var html = new StringBuilder(64 * 1024);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ContentPolicy}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Debrief packet: {E(model.Cover.CandidateName)} ({E(model.LoopId)})</title>
            <style>{PacketTypography.Stylesheet(seal.Paper, RunningText.Of(model, seal))}</style></head><body>

            """);
        ComposeHeader(html);
        ComposeContent(html);
        ComposeFooter(html);
        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>How to print it: the paper of the seal (margins and running texts are in the document's own CSS).</summary>
    public PdfLayout PrintLayout() => new(seal.Paper);

    private void ComposeHeader(StringBuilder html)
    {
        var pdf = $"/api/loops/{Uri.EscapeDataString(model.LoopId)}/packet.pdf";
        html.Append($"""
            <nav class="toolbar screen-only">InterviewLoop · Debrief packet · Download PDF: <a href="{pdf}?paper=a4">A4</a> · <a href="{pdf}?paper=letter">Letter</a></nav>

            """);
        BannerComponent.Compose(html, model.Cover.Completeness);
    }

    private void ComposeContent(StringBuilder html)
    {
        CoverComponent.Compose(html, model.LoopId, model.Cover, model.Rounds.Count);
        SealComponent.Compose(html, seal);
        SummaryComponent.Compose(html, model.Summary);
        RatingsComponent.Compose(html, model.Ratings, model.Rounds);
        ComposeFlags(html);
        CoverageComponent.Compose(html, model.Coverage);
        html.Append("<section class=\"rounds\">\n");
        foreach (var round in model.Rounds) RoundComponent.Compose(html, round);
        html.Append("</section>\n");
        AuditComponent.Compose(html, model.Audit);
        DecisionComponent.Compose(html, model.Decision);
    }

    private void ComposeFlags(StringBuilder html)
    {
        html.Append($"<section class=\"flags\"><h2>Calibration flags ({Int(model.Flags.Count)})</h2>\n");
        if (model.Flags.Count == 0) html.Append("<p class=\"empty\">Calibration raised no flags.</p>\n");
        foreach (var flag in model.Flags) FlagComponent.Compose(html, flag);
        html.Append("</section>\n");
    }

    private void ComposeFooter(StringBuilder html) =>
        html.Append($"""
            <footer class="packet-footer">Generated {Time(seal.GeneratedAt)} from loop {E(model.LoopId)}; seal sha256:{E(seal.Sha256)}.
            Ratings are 1..5. Only submitted scorecards are shown and calibrated; drafts are never shown.
            Calibration assists the committee; it does not make the hiring decision.</footer>

            """);
}
