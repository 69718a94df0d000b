using System.CommandLine;
using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Interchange;

namespace InterviewLoop.Cli;

/// <summary>
/// <c>calibrate LOOP.json --format json [--raters FILES_OR_DIR...]</c>: prints the loop's calibration report
/// (<c>interviewloop.calibration/v1</c>). Without <c>--raters</c> there is no rater history, so calibrated
/// ratings equal raw ones; with it, the rater model is fitted over those loop documents and this loop (as the
/// server fits it over every loop in its database), and calibrated ratings and <c>raters.severity</c> follow.
/// Scorecards without <c>submittedAt</c> are drafts and left out; standard error says how many.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(CliContext context)
    {
        var loop = LoopArgument.Create();
        var format = new Option<string>("--format")
        {
            Description = "Report format; json prints the interviewloop.calibration/v1 document.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var raters = new Option<string[]>("--raters")
        {
            Description = "Past loop documents (files, or directories of *.json) to fit rater severity over; calibrated ratings then differ from raw.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("calibrate", "Calibrate a loop document and print the report.") { loop, format, raters };
        command.SetAction(async (parse, ct) => await RunAsync(context, parse.GetRequiredValue(loop), parse.GetValue(raters) ?? []));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string loopPath, string[] raterPaths)
    {
        var snapshot = LoopFile.Read(loopPath);
        var history = raterPaths.Length == 0 ? null : HistoryWith(snapshot, LoopDocumentFiles.Read(raterPaths).Select(l => l.Loop));
        var report = new LoopCalibrator(history).Calibrate(snapshot);
        await context.Out.WriteLineAsync(CalibrationReportWriter.Write(report));
        var drafts = snapshot.Rounds.Sum(r => r.Scorecards.Count(c => !c.IsSubmitted));
        if (drafts > 0)
            await context.Error.WriteLineAsync($"note: left out {drafts} draft {(drafts == 1 ? "scorecard" : "scorecards")} (no submittedAt)");
        return ExitCodes.Ok;
    }

    // The loop itself counts once, whether or not it is among the history's documents.
    private static RaterHistory HistoryWith(LoopSnapshot loop, IEnumerable<LoopSnapshot> past) =>
        RaterModel.Fit(past.Where(l => l.LoopId != loop.LoopId).Append(loop)).History;
}
