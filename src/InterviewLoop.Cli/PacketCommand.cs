using System.CommandLine;
using InterviewLoop.Calibration;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Cli;

/// <summary>
/// <c>packet LOOP.json -o PACKET.pdf [--format a4|letter]</c>: writes the debrief packet of a loop document
/// as a PDF and prints its full path. Its seal has no event-log position (a document has none); packets to
/// verify later come from the database (<c>packets</c>).
/// </summary>
internal static class PacketCommand
{
    public static Command Create(CliContext context)
    {
        var loop = LoopArgument.Create();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the PDF.", Required = true };
        var paper = PaperOption.Create();
        var command = new Command("packet", "Write the debrief packet of a loop document as a PDF.") { loop, output, paper };
        command.SetAction((parse, ct) =>
            RunAsync(context, parse.GetRequiredValue(loop), parse.GetRequiredValue(output), PaperOption.Parse(parse.GetRequiredValue(paper)), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string loopPath, string pdfPath, PaperSize paper, CancellationToken ct)
    {
        if (Directory.Exists(pdfPath)) throw new BadInputException($"-o: '{pdfPath}' is a directory; give a file name such as packet.pdf");
        var snapshot = LoopFile.Read(loopPath);
        var packet = PacketComposer.FromDocument(snapshot, new LoopCalibrator(), context.Clock, paper);
        await using (var renderer = new PdfRenderer())
        {
            await renderer.WritePdfAsync(packet.Document.Render(), packet.Document.PrintLayout(), pdfPath, ct);
        }
        await context.Out.WriteLineAsync(Path.GetFullPath(pdfPath));
        return ExitCodes.Ok;
    }
}
