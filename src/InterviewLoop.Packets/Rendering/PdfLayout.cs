namespace InterviewLoop.Packets.Rendering;

/// <summary>How a PDF is printed. Margins, running header and footer come from the document's own <c>@page</c> CSS.</summary>
/// <param name="Paper">Paper size (the document's <c>@page</c> rule names the same size, and wins).</param>
public sealed record PdfLayout(PaperSize Paper)
{
    /// <summary>A4, for documents without a page rule of their own.</summary>
    public static PdfLayout Plain { get; } = new(PaperSize.A4);
}
