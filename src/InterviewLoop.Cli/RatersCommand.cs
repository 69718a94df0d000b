using System.CommandLine;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Interchange;

namespace InterviewLoop.Cli;

/// <summary>
/// <c>raters FILES_OR_DIR... --format json</c>: fits one rater model over every loop document given
/// (files, or directories of <c>*.json</c>) and prints the rater report (<c>interviewloop.raters/v1</c>).
/// Every document is read and validated before anything is printed.
/// </summary>
internal static class RatersCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("FILES_OR_DIR")
        {
            Description = "Loop documents (interviewloop.loop/v1), or directories holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Report format; json prints the interviewloop.raters/v1 document.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("raters", "Fit rater severity over many loops and print each rater's severity and calibrated ratings.") { paths, format };
        command.SetAction(async (parse, ct) => await RunAsync(context, parse.GetRequiredValue(paths)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths)
    {
        var loops = LoopDocumentFiles.Read(paths);
        var fit = RaterModel.Fit(loops.Select(l => l.Loop));
        await context.Out.WriteLineAsync(RaterReportWriter.Write(fit));
        return ExitCodes.Ok;
    }
}
