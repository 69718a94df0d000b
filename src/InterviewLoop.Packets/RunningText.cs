using System.Globalization;
using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets;

/// <summary>
/// The PDF's running header (candidate, role, loop) and footer (seal, log position, page X of Y).
/// Chromium renders these templates outside the page's styles, so they carry their own.
/// </summary>
internal static class RunningText
{
    private const string Style =
        $"width:100%;margin:0 {PacketTypography.MarginSide};display:flex;justify-content:space-between;font-size:7.5px;color:{PacketTypography.Muted};font-family:{PacketTypography.FontFamily}";

    public static PdfLayout Layout(PacketModel model, PacketSeal seal)
    {
        var cover = model.Cover;
        var header = $"""
            <div style="{Style}"><span>Debrief packet · {E(cover.CandidateName)} · {E(cover.RoleTitle)} ({E(cover.TargetLevel)})</span><span>{E(model.LoopId)} · for the hiring committee only</span></div>
            """;
        var position = seal.Position is { } p ? string.Create(CultureInfo.InvariantCulture, $"log position {p.Global}") : "from a loop document";
        var footer = $"""
            <div style="{Style}"><span>Seal sha256:{E(seal.ShortHash)}… · {position} · generated {Time(seal.GeneratedAt)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>
            """;
        return new PdfLayout(seal.Paper, header, footer);
    }
}
