namespace InterviewLoop.Packets.Rendering;

/// <summary>How a PDF is laid out around the document's own content.</summary>
/// <param name="Paper">Paper size (the document's <c>@page</c> rule names the same size).</param>
/// <param name="HeaderHtml">Chromium header template repeated on every page; already HTML-encoded, self-styled.</param>
/// <param name="FooterHtml">Chromium footer template; may use <c>&lt;span class="pageNumber"&gt;</c> and <c>totalPages</c>.</param>
public sealed record PdfLayout(PaperSize Paper, string HeaderHtml, string FooterHtml)
{
    /// <summary>A4 with a plain page-number footer and no header.</summary>
    public static PdfLayout Plain { get; } = new(PaperSize.A4, "<span></span>",
        "<div style=\"width:100%;font-size:8px;text-align:center\">page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>");
}
