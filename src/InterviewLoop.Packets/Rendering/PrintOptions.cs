using Microsoft.Playwright;

namespace InterviewLoop.Packets.Rendering;

/// <summary>Chromium's print settings for a <see cref="PdfLayout"/>: paper, margins, running header and footer.</summary>
internal static class PrintOptions
{
    public static PagePdfOptions For(PdfLayout layout) => new()
    {
        Format = layout.Paper == PaperSize.Letter ? "Letter" : "A4",
        PreferCSSPageSize = true,
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = layout.HeaderHtml,
        FooterTemplate = layout.FooterHtml,
        Margin = new Margin
        {
            Top = PacketTypography.MarginTop,
            Bottom = PacketTypography.MarginBottom,
            Left = PacketTypography.MarginSide,
            Right = PacketTypography.MarginSide,
        },
    };
}
