namespace InterviewLoop.Packets;

/// <summary>Styles of the packet's sections: cover, seal, summary, flags, rounds, scorecards, decision.</summary>
public static partial class PacketTypography
{
    private static readonly string Sections = $$"""
        .facts { display: grid; grid-template-columns: 34mm 1fr; gap: 1mm 4mm; margin: 0; }
        .facts dt { color: {{Muted}}; } .facts dd { margin: 0; font-weight: bold; }
        .panel { margin: 0; padding-left: 5mm; columns: 2; }
        .seal { margin-top: 5mm; padding: 2mm 3mm; border: 1px dashed #c9d1dc; font-size: 8pt; color: {{Muted}}; break-inside: avoid; }
        .seal p { margin: 0 0 1mm; } .seal code { color: #1d2430; word-break: break-all; }
        .seal-line { font-family: {{MonoFamily}}; font-size: 6pt; color: #8a94a6; word-break: break-all; margin: 0; }
        .level { font-size: 12pt; margin: 0 0 2mm; } .level strong { font-size: 14pt; }
        .flag { border-left: 3px solid #8a94a6; padding: 2mm 3mm; margin: 0 0 3mm; background: #f5f7fa; break-inside: avoid; }
        .flag.high { border-color: #b42318; background: #fdf1f0; } .flag.medium { border-color: #b54708; background: #fef6ec; }
        .flag-head { margin: 0 0 1mm; font-size: 9pt; } .flag-kind { font-family: {{MonoFamily}}; font-size: 8pt; }
        .severity { font-weight: bold; text-transform: uppercase; margin-right: 2mm; }
        .top-flags { padding-left: 5mm; margin: 0; } .top-flags li { margin-bottom: 1mm; }
        blockquote { margin: 1mm 0 0 3mm; font-style: italic; } blockquote cite { font-style: normal; color: {{Muted}}; }
        .ratings-section, .rounds, .audit { break-before: page; }
        .round-meta { color: {{Muted}}; margin: 0 0 3mm; break-after: avoid; }
        .scorecard { border: 1px solid #c9d1dc; border-radius: 2mm; padding: 3mm; margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
        .round-meta + .scorecard { break-inside: auto; page-break-inside: auto; }
        .scorecard.not-submitted { border-style: dashed; border-color: #b54708; background: #fffaf3; }
        .status { font-size: 8pt; font-weight: bold; padding: .5mm 2mm; border-radius: 1mm; margin-left: 2mm; background: #e7f4ec; color: #146c43; }
        .not-submitted .status { background: #b54708; color: #fff; }
        .verdict { display: flex; gap: 8mm; margin: 2mm 0; } .verdict span { color: {{Muted}}; }
        .chart { width: 100%; height: auto; margin: 2mm 0 4mm; break-inside: avoid; }
        .decision, .raters { break-inside: avoid; }
        .blank { border: 1px solid #c9d1dc; border-radius: 1mm; min-height: 60mm; padding: 2mm; }
        .choices { display: flex; gap: 10mm; margin: 2mm 0 4mm; } .line { display: inline-block; min-width: 35mm; border-bottom: 1px solid #8a94a6; }
        """;
}
