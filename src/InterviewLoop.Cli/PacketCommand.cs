using System.CommandLine;
using InterviewLoop.Calibration;
using InterviewLoop.Packets;

namespace InterviewLoop.Cli;

/// <summary><c>packet LOOP.json -o PACKET.pdf</c>: writes the loop's debrief packet as a PDF and prints its full path.</summary>
internal static class PacketCommand
{
    public static Command Create(CliContext context)
    {
        var loop = LoopArgument.Create();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the PDF.", Required = true };
        var command = new Command("packet", "Write the debrief packet of a loop document as a PDF.") { loop, output };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetRequiredValue(loop), parse.GetRequiredValue(output), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string loopPath, string pdfPath, CancellationToken ct)
    {
        if (Directory.Exists(pdfPath)) throw new BadInputException($"-o: '{pdfPath}' is a directory; give a file name such as packet.pdf");
        var snapshot = LoopFile.Read(loopPath);
        var report = new LoopCalibrator().Calibrate(snapshot);
        var html = new DebriefPacketDocument(PacketModel.From(snapshot, report, context.Clock)).Render();
        await using (var renderer = new PdfRenderer())
        {
            await renderer.WritePdfAsync(html, pdfPath, ct);
        }
        await context.Out.WriteLineAsync(Path.GetFullPath(pdfPath));
        return ExitCodes.Ok;
    }
}
