using Microsoft.Playwright;

namespace InterviewLoop.Packets.Rendering;

/// <summary>
/// Chromium's print settings for a <see cref="PdfLayout"/>. No header or footer templates: Chromium lays
/// those out once per page in a separate frame, which cost a third of a packet's print time; the document's
/// CSS page-margin boxes do the same job inside the one layout.
/// </summary>
internal static class PrintOptions
{
    public static PagePdfOptions For(PdfLayout layout) => new()
    {
        Format = layout.Paper == PaperSize.Letter ? "Letter" : "A4",
        PreferCSSPageSize = true,
        PrintBackground = true,
        DisplayHeaderFooter = false,
    };
}
