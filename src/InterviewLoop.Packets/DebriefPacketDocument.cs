using System.Text;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets;

/// <summary>
/// The debrief packet of one loop as a self-contained HTML page (embedded CSS, no scripts, no
/// external requests). Page one: who the candidate is, the panel and the calibration flags;
/// then every round with its scorecards. All loop text is HTML-encoded.
/// </summary>
/// <param name="model">What to show; see <see cref="PacketModel.From"/>.</param>
public sealed class DebriefPacketDocument(PacketModel model)
{
    // The packet never needs the network or scripts; the policy makes sure of it even if text slipped through.
    private const string ContentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The complete HTML document (UTF-8 text).</summary>
    public string Render()
    {
        var html = new StringBuilder(16 * 1024);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ContentPolicy}">
            <title>Debrief packet: {E(model.CandidateName)} ({E(model.LoopId)})</title>
            <style>{PacketTypography.Stylesheet}</style></head><body>
            """);
        ComposeHeader(html);
        ComposeCover(html);
        ComposeFlags(html);
        ComposeRounds(html);
        ComposeFooter(html);
        return html.Append("</body></html>\n").ToString();
    }

    private static void ComposeHeader(StringBuilder html) =>
        html.Append("<header class=\"packet-header\">InterviewLoop · Debrief packet · For the hiring committee only</header>\n");

    private void ComposeCover(StringBuilder html)
    {
        var level = model.Level;
        var supported = level.Supported is null
            ? "No evidence yet"
            : $"{E(level.Supported)} (confidence {Int((int)Math.Round(level.Confidence * 100))}%)";
        html.Append($"""
            <section class="cover"><h1>{E(model.CandidateName)}</h1>
            <dl class="facts"><dt>Role</dt><dd>{E(model.RoleTitle)} ({E(model.Track)})</dd>
            <dt>Target level</dt><dd>{E(level.Target)}</dd><dt>Evidence supports</dt><dd>{supported}</dd>
            <dt>Loop</dt><dd>{E(model.LoopId)}</dd><dt>Rounds</dt><dd>{Int(model.Rounds.Count)}</dd></dl>
            <h2>Panel</h2><ul class="panel">
            """);
        foreach (var p in model.Panel)
            html.Append($"<li>{E(p.Name)} <span class=\"empty\">({E(p.Id)}; {E(string.Join(", ", p.Rounds))})</span></li>\n");
        html.Append("</ul></section>\n");
    }

    private void ComposeFlags(StringBuilder html)
    {
        html.Append($"<section class=\"flags\"><h2>Calibration flags ({Int(model.Flags.Count)})</h2>\n");
        if (model.Flags.Count == 0) html.Append("<p class=\"empty\">Calibration raised no flags.</p>\n");
        foreach (var flag in model.Flags) FlagComponent.Compose(html, flag);
        html.Append("</section>\n");
    }

    private void ComposeRounds(StringBuilder html)
    {
        html.Append("<section class=\"rounds\">\n");
        foreach (var round in model.Rounds) RoundComponent.Compose(html, round);
        html.Append("</section>\n");
    }

    private void ComposeFooter(StringBuilder html) =>
        html.Append($"""
            <footer class="packet-footer">Generated {Time(model.GeneratedAt)} from loop {E(model.LoopId)}.
            Ratings are 1..5; the calibrated value beside a rating removes the rater's known severity or leniency.
            Drafts and missing scorecards are shown for completeness and are not part of calibration.</footer>
            """);
}
