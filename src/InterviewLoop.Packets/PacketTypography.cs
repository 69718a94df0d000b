using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Packets;

/// <summary>
/// The packet's one stylesheet: type scale, colours, screen layout for the web debrief and print rules
/// for the PDF (paper size, no scorecard or flag split across pages, sections starting on fresh pages).
/// Embedded in the document so the HTML stays self-contained. Fonts are Debian's Liberation and DejaVu,
/// which is what makes the visual snapshot stable across machines with the same packages, and Droid Sans
/// Fallback for Chinese, Japanese and Korean text, which the other two do not cover.
/// </summary>
public static partial class PacketTypography
{
    /// <summary>Body font stack; Chromium on Debian resolves it to Liberation Sans, and CJK characters to Droid Sans Fallback.</summary>
    public const string FontFamily = "'Liberation Sans', 'DejaVu Sans', 'Droid Sans Fallback', Arial, sans-serif";

    /// <summary>Monospace font stack for hashes, kinds and ids.</summary>
    public const string MonoFamily = "'DejaVu Sans Mono', 'Liberation Mono', monospace";

    /// <summary>Top page margin (CSS length); holds the running header.</summary>
    public const string MarginTop = "16mm";

    /// <summary>Left and right page margins (CSS length).</summary>
    public const string MarginSide = "15mm";

    /// <summary>Bottom page margin (CSS length); holds the running footer with the seal and page numbers.</summary>
    public const string MarginBottom = "18mm";

    /// <summary>Muted text colour, shared with the running header and footer.</summary>
    public const string Muted = "#566275";

    /// <summary>
    /// The complete CSS embedded in a packet printed on <paramref name="paper"/>, with <paramref name="running"/>
    /// in the page margins (CSS page-margin boxes: the document itself carries its running header and footer,
    /// so printing needs no separate header template, and a screen simply ignores them).
    /// </summary>
    public static string Stylesheet(PaperSize paper, RunningText running)
    {
        ArgumentNullException.ThrowIfNull(running);
        var size = paper == PaperSize.Letter ? "letter" : "A4";
        return $"@page {{ size: {size}; margin: {MarginTop} {MarginSide} {MarginBottom};\n"
            + $"  @top-left {{ content: {RunningText.CssString(running.TopLeft)}; {MarginBox} }}\n"
            + $"  @top-right {{ content: {RunningText.CssString(running.TopRight)}; {MarginBox} text-align: right; }}\n"
            + $"  @bottom-left {{ content: {RunningText.CssString(running.BottomLeft)}; {MarginBox} }}\n"
            + $"  @bottom-right {{ content: \"page \" counter(page) \" of \" counter(pages); {MarginBox} text-align: right; }}\n}}\n"
            + Base + Sections + Tables + Screen;
    }

    private const string MarginBox = $"font-family: {FontFamily}; font-size: 7pt; color: {Muted};";

    private static readonly string Base = $$"""
        * { box-sizing: border-box; }
        body { font-family: {{FontFamily}}; font-size: 10pt; line-height: 1.4; color: #1d2430; margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h1 { font-size: 22pt; margin: 0 0 1mm; }
        h2 { font-size: 14pt; margin: 6mm 0 3mm; border-bottom: 1px solid #c9d1dc; padding-bottom: 1mm; break-after: avoid; }
        h3 { font-size: 11pt; margin: 0 0 2mm; break-after: avoid; }
        h4 { font-size: 9pt; margin: 2mm 0 1mm; text-transform: uppercase; letter-spacing: .04em; color: {{Muted}}; }
        a { color: #1f4fbf; text-decoration: none; }
        code, .mono { font-family: {{MonoFamily}}; font-size: 8.5pt; }
        .subtitle { color: {{Muted}}; margin: 0 0 4mm; text-transform: uppercase; letter-spacing: .08em; font-size: 8pt; }
        .empty { color: {{Muted}}; font-style: italic; }
        .note, .summary p, .rationale { white-space: pre-wrap; margin: 0 0 1mm; }
        .note, .summary p, .rationale, blockquote, td, dd, li { overflow-wrap: anywhere; }
        .banner { border: 2px solid #b42318; background: #fdf1f0; color: #7a1a12; padding: 3mm 4mm; margin: 0 0 5mm; border-radius: 2mm; }
        .packet-footer { margin-top: 8mm; font-size: 8pt; color: {{Muted}}; border-top: 1px solid #c9d1dc; padding-top: 2mm; }
        """;
}
