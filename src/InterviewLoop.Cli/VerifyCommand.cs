using System.CommandLine;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Raters;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;

namespace InterviewLoop.Cli;

/// <summary>
/// <c>verify PACKET.pdf [--database PATH | --postgres CONNECTION_STRING]</c>: reads the seal on the packet's
/// first page, rebuilds the packet from the database as of the seal's event-log position (calibrated with the
/// rater history fitted as of the seal's <c>raters</c> position, when it has one), and prints
/// <c>verified: ...</c> (exit 0) or <c>does not match: ...</c> (exit 1) saying why: content changed at that
/// position, the PDF's text was edited, or newer events change the packet. Not a readable packet PDF, a
/// missing database file, or a PostgreSQL database that refuses the login or does not exist: exit 2.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var packet = new Argument<string>("PACKET.pdf") { Description = "A packet PDF written by 'packets' or the server." };
        var database = new DatabaseOption(context);
        var command = new Command("verify", "Check that a packet PDF still matches the database it was produced from.") { packet };
        database.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(context, parse.GetRequiredValue(packet), database.Resolve(parse), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string pdfPath, DatabaseTarget target, CancellationToken ct)
    {
        var seal = await ReadSealAsync(pdfPath, ct);
        using var database = target.OpenExisting(context);
        await using var renderer = new PdfRenderer();
        renderer.StartWarmUp();
        // The rater history is content (docs/decisions/0015): refitted from the log as of the seal's raters position.
        var raters = new LogRaterHistory(database.EventLog, context.Clock);
        var verifier = new PacketVerifier(new PacketComposer(database.EventStore, raters, context.Clock), renderer);
        var verdict = await verifier.VerifyAsync(pdfPath, seal, ct);
        await context.Out.WriteLineAsync(verdict.Line);
        return verdict.Verified ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static async Task<PacketSeal> ReadSealAsync(string pdfPath, CancellationToken ct)
    {
        if (!File.Exists(pdfPath)) throw new BadInputException($"{pdfPath}: no such file");
        var firstPage = await PdfTextReader.ReadAsync(pdfPath, 1, 1, ct);
        try
        {
            if (!SealText.TryFind(firstPage, out var seal)) throw new BadInputException($"{pdfPath}: not an InterviewLoop packet (no seal on page 1)");
            return seal.Position is null
                ? throw new BadInputException($"{pdfPath}: made from a loop document, not from the database; it has no event-log position to verify against")
                : seal;
        }
        catch (FormatException e)
        {
            throw new BadInputException($"{pdfPath}: the packet's seal is damaged ({e.Message})", e);
        }
    }
}
