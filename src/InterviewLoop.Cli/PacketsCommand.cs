using System.CommandLine;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Raters;
using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Cli;

/// <summary>
/// <c>packets --loops ID,ID | --all -o DIR [--database PATH | --postgres CONNECTION_STRING] [--format a4|letter]</c>: writes each loop's
/// sealed debrief packet from the database to <c>DIR/ID.pdf</c> (each file written whole, atomically),
/// shows a progress bar on standard error and prints each file's path. Every loop id is checked before
/// anything is written: one unknown id and nothing is.
/// </summary>
internal static class PacketsCommand
{
    public static Command Create(CliContext context)
    {
        var loops = new Option<string?>("--loops") { Description = "Comma-separated loop ids, e.g. loop-2026-0142,loop-2026-0150." };
        var all = new Option<bool>("--all") { Description = "Every loop in the database." };
        var output = new Option<string>("--output", "-o") { Description = "Directory for the PDFs (created when missing); each is named LOOP-ID.pdf.", Required = true };
        var database = new DatabaseOption(context);
        var paper = PaperOption.Create();
        var command = new Command("packets", "Write the sealed debrief packets of loops in the database as PDFs.") { loops, all, output, paper };
        database.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(
            context,
            new LoopSelection(parse.GetValue(loops), parse.GetValue(all)),
            parse.GetRequiredValue(output),
            database.Resolve(parse),
            PaperOption.Parse(parse.GetRequiredValue(paper)),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, LoopSelection selection, string directory, DatabaseTarget target, PaperSize paper, CancellationToken ct)
    {
        selection.Validate();
        if (File.Exists(directory)) throw new BadInputException($"-o: '{directory}' is a file; give a directory for the packets");
        using var database = target.OpenExisting(context);
        // Chromium (and Playwright's driver) start while the loops are looked up and the first packet is
        // composed: on a cold start the two costs overlap instead of adding up.
        await using var renderer = new PdfRenderer();
        renderer.StartWarmUp();
        var loopIds = await selection.ResolveAsync(database.Loops, target.Name, ct);
        // Calibrated with the rater history fitted over every loop in the database; each seal records its position.
        var composer = new PacketComposer(database.EventStore, new LogRaterHistory(database.EventLog, context.Clock), context.Clock);
        var export = new BulkExport(composer, renderer, paper, Directory.CreateDirectory(directory).FullName);
        var written = await ProgressBar.RunAsync(context, loopIds.Count, tick => export.RunAsync(loopIds, tick, ct));
        foreach (var path in written) await context.Out.WriteLineAsync(path);
        return ExitCodes.Ok;
    }
}
