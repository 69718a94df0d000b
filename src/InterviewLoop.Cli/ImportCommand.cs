using System.CommandLine;
using InterviewLoop.Calibration;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;

namespace InterviewLoop.Cli;

/// <summary>
/// <c>import LOOP.json [--database PATH | --postgres CONNECTION_STRING]</c>: stores a whole loop (plan, panels, scorecards) through the
/// loop grain, atomically, and prints <c>imported loop ID (N rounds, M scorecards)</c>.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var loop = LoopArgument.Create();
        var database = new DatabaseOption(context);
        var command = new Command("import", "Import a loop document into the database.") { loop };
        database.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(context, parse.GetRequiredValue(loop), database.Resolve(parse)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string loopPath, DatabaseTarget target)
    {
        // Validate the whole document before the database is opened (opening creates and migrates it).
        var snapshot = LoopFile.Read(loopPath);
        using var database = target.Open(context);
        await using (var host = InterviewLoopGrains.CreateHost(database.EventStore, new LoopCalibrator(), NullRoundObserver.Instance, context.Clock))
        {
            await host.GetGrain<ILoopGrain>(snapshot.LoopId).Create(snapshot);
        }
        await context.Out.WriteLineAsync(Summary(snapshot));
        return ExitCodes.Ok;
    }

    private static string Summary(LoopSnapshot loop) =>
        $"imported loop {loop.LoopId} ({loop.Rounds.Count} rounds, {loop.Rounds.Sum(r => r.Scorecards.Count)} scorecards)";
}
