namespace InterviewLoop.Packets;

/// <summary>
/// The packet's one stylesheet: type scale, colours, and print rules (A4 pages, no scorecard or
/// flag split across pages, rounds starting on a fresh page after the cover). Embedded in the
/// document so the HTML stays self-contained.
/// </summary>
public static class PacketTypography
{
    /// <summary>Body font stack; Chromium on Debian resolves it to DejaVu/Liberation sans.</summary>
    public const string FontFamily = "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

    /// <summary>Top page margin (CSS length), shared by the <c>@page</c> rule and the PDF renderer.</summary>
    public const string MarginTop = "16mm";

    /// <summary>Left and right page margins (CSS length).</summary>
    public const string MarginSide = "15mm";

    /// <summary>Bottom page margin (CSS length); leaves room for the page-number footer.</summary>
    public const string MarginBottom = "18mm";

    /// <summary>The complete CSS embedded in every packet.</summary>
    public static string Stylesheet { get; } = $$"""
        @page { size: A4; margin: {{MarginTop}} {{MarginSide}} {{MarginBottom}}; }
        * { box-sizing: border-box; }
        body { font-family: {{FontFamily}}; font-size: 10pt; line-height: 1.4; color: #1d2430; margin: 0; }
        h1 { font-size: 22pt; margin: 0 0 2mm; }
        h2 { font-size: 14pt; margin: 6mm 0 3mm; border-bottom: 1px solid #c9d1dc; padding-bottom: 1mm; }
        h3 { font-size: 11pt; margin: 0 0 2mm; }
        h4 { font-size: 9pt; margin: 2mm 0 1mm; text-transform: uppercase; letter-spacing: .04em; color: #566275; }
        .packet-header { font-size: 8pt; color: #566275; text-transform: uppercase; letter-spacing: .08em; margin-bottom: 4mm; }
        .facts { display: grid; grid-template-columns: 34mm 1fr; gap: 1mm 4mm; margin: 0; }
        .facts dt { color: #566275; } .facts dd { margin: 0; font-weight: bold; }
        .panel { margin: 0; padding-left: 5mm; }
        .flag { border-left: 3px solid #8a94a6; padding: 2mm 3mm; margin: 0 0 3mm; background: #f5f7fa; break-inside: avoid; }
        .flag.high { border-color: #b42318; background: #fdf1f0; } .flag.medium { border-color: #b54708; background: #fef6ec; }
        .flag-head { margin: 0 0 1mm; font-size: 9pt; } .flag-kind { font-family: 'DejaVu Sans Mono', monospace; }
        .severity { font-weight: bold; text-transform: uppercase; margin-right: 2mm; }
        blockquote { margin: 1mm 0 0 3mm; font-style: italic; } blockquote cite { font-style: normal; color: #566275; }
        .rounds { break-before: page; }
        .round h2 { break-after: avoid; } .round-meta { color: #566275; margin: 0 0 3mm; }
        .scorecard { border: 1px solid #c9d1dc; border-radius: 2mm; padding: 3mm; margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
        .scorecard.draft, .scorecard.missing { border-style: dashed; border-color: #b54708; background: #fffaf3; }
        .status { font-size: 8pt; font-weight: bold; padding: .5mm 2mm; border-radius: 1mm; margin-left: 2mm; background: #e7f4ec; color: #146c43; }
        .draft .status, .missing .status { background: #b54708; color: #fff; }
        table.ratings { width: 100%; border-collapse: collapse; font-size: 9pt; }
        .ratings th, .ratings td { text-align: left; vertical-align: top; padding: 1mm 2mm; border-bottom: 1px solid #e3e8ef; }
        .ratings th { color: #566275; font-weight: normal; } .ratings .score { width: 22mm; white-space: nowrap; font-weight: bold; }
        .ratings .dimension { width: 42mm; } .calibrated { font-weight: normal; color: #566275; }
        .note, .summary p { white-space: pre-wrap; margin: 0 0 1mm; }
        .verdict { display: flex; gap: 8mm; margin: 2mm 0; } .verdict span { color: #566275; }
        .empty { color: #566275; font-style: italic; }
        .packet-footer { margin-top: 8mm; font-size: 8pt; color: #566275; border-top: 1px solid #c9d1dc; padding-top: 2mm; }
        """;
}
