using System.CommandLine;
using InterviewLoop.Calibration;
using InterviewLoop.Interchange;

namespace InterviewLoop.Cli;

/// <summary><c>calibrate LOOP.json --format json</c>: prints the loop's calibration report (<c>interviewloop.calibration/v1</c>).</summary>
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
        var command = new Command("calibrate", "Calibrate a loop document and print the report.") { loop, format };
        command.SetAction(async (parse, ct) => await RunAsync(context, parse.GetRequiredValue(loop)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string loopPath)
    {
        var snapshot = LoopFile.Read(loopPath);
        var report = new LoopCalibrator().Calibrate(snapshot);
        await context.Out.WriteLineAsync(CalibrationReportWriter.Write(report));
        return ExitCodes.Ok;
    }
}
