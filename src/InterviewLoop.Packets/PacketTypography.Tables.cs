namespace InterviewLoop.Packets;

/// <summary>Styles of the packet's tables, and of the web page on screen.</summary>
public static partial class PacketTypography
{
    private static readonly string Tables = $$"""
        table { width: 100%; border-collapse: collapse; font-size: 9pt; }
        th, td { text-align: left; vertical-align: top; padding: 1mm 2mm; border-bottom: 1px solid #e3e8ef; }
        th { color: {{Muted}}; font-weight: normal; } tr { break-inside: avoid; }
        .ratings .score { width: 22mm; white-space: nowrap; font-weight: bold; } .ratings .dimension { width: 42mm; }
        .calibrated { font-weight: normal; color: {{Muted}}; }
        .grid td { font-size: 8pt; white-space: nowrap; } .grid td.na { background: #f5f7fa; }
        .grid .raw { font-weight: bold; } .grid .cal { color: {{Muted}}; } .grid .who { color: {{Muted}}; }
        .grid th small { display: block; font-size: 7pt; }
        .counts .bar { display: inline-block; height: 3mm; background: #1f4fbf; vertical-align: middle; }
        .counts td.n { width: 8mm; text-align: right; font-weight: bold; } .counts td.label { width: 22mm; }
        """;

    // On screen the packet reads as a page on a grey desk; none of this reaches the PDF.
    private static readonly string Screen = """
        .screen-only { display: none; }
        @media screen {
          html { background: #e9edf2; }
          body { max-width: 190mm; margin: 6mm auto; padding: 10mm 12mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
          .screen-only { display: block; }
          .toolbar { font-size: 9pt; margin: 0 0 4mm; color: #566275; }
          .wide { overflow-x: auto; }
        }
        @media screen and (max-width: 640px) {
          body { margin: 0; padding: 5mm 4mm; box-shadow: none; font-size: 11.5pt; }
          .facts { grid-template-columns: 26mm 1fr; } .panel { columns: 1; }
          table { font-size: 10.5pt; } .grid td { font-size: 10pt; } h4 { font-size: 10pt; }
          .seal, .packet-footer, .toolbar { font-size: 9.5pt; } .packet-footer { overflow-wrap: anywhere; }
          .toolbar a { display: inline-block; padding: 3mm 2mm; }
          .wide > .chart { min-width: 150mm; }
          .ratings .dimension { width: 28%; } .ratings .score { width: auto; white-space: normal; }
        }
        """;
}
