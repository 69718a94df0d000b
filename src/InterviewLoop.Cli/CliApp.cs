using System.CommandLine;

namespace InterviewLoop.Cli;

/// <summary>
/// The <c>interviewloop</c> command line: <c>calibrate</c>, <c>packet</c> and <c>import</c> over loop
/// documents (<c>interviewloop.loop/v1</c>), <c>packets</c> (bulk export from the database) and <c>verify</c>
/// (does a packet PDF still match the database). Runs in-process for tests and behind <c>Program</c>.
/// Exit codes: 0 done; 2 bad input or usage (one line on standard error naming the JSON path or
/// file at fault, and nothing written); 1 anything else (one line on standard error).
/// </summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (<see cref="ExitCodes"/>).</summary>
    /// <param name="args">Arguments without the program name, e.g. <c>["calibrate", "loop.json", "--format", "json"]</c>.</param>
    /// <param name="stdout">Receives the command's result.</param>
    /// <param name="stderr">Receives the one error line, or parse errors.</param>
    /// <param name="ct">Cancels a running command (Ctrl+C in a terminal).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parse = CreateRootCommand(CliContext.FromEnvironment(stdout, stderr)).Parse(args);
        if (parse.Errors.Count > 0)
        {
            await stderr.WriteLineAsync(ErrorLine.OneLine($"{parse.Errors[0].Message} (see 'interviewloop --help')"));
            return ExitCodes.BadInput;
        }
        try
        {
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, ct);
        }
        catch (Exception e)
        {
            var (exitCode, line) = ErrorLine.For(e);
            await stderr.WriteLineAsync(line);
            return exitCode;
        }
    }

    /// <summary>The command tree, with actions bound to <paramref name="context"/>.</summary>
    public static RootCommand CreateRootCommand(CliContext context) =>
        new("InterviewLoop: calibrate interview loops, print and verify debrief packets, import loops into the database.")
        {
            CalibrateCommand.Create(context),
            RatersCommand.Create(context),
            PacketCommand.Create(context),
            PacketsCommand.Create(context),
            VerifyCommand.Create(context),
            ImportCommand.Create(context),
        };
}
