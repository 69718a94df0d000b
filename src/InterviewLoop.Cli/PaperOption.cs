using System.CommandLine;
using InterviewLoop.Domain;
using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Cli;

/// <summary>The <c>--format a4|letter</c> option of the packet commands.</summary>
internal static class PaperOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "Paper size of the PDF: a4 (default) or letter.",
            DefaultValueFactory = _ => "a4",
        };
        option.AcceptOnlyFromAmong(WireNames.All<PaperSize>().ToArray());
        return option;
    }

    public static PaperSize Parse(string value) => WireNames.TryParse<PaperSize>(value, out var paper) ? paper : PaperSize.A4;
}
