using Spectre.Console;

namespace InterviewLoop.Cli;

/// <summary>
/// Progress on standard error (standard output keeps only results): a Spectre.Console bar redrawn in
/// place on a terminal; one plain line per finished item anywhere else (CI logs, files, tests), where
/// a redrawn bar would only leave escape codes behind.
/// </summary>
internal static class ProgressBar
{
    /// <summary>Runs <paramref name="work"/>, which calls the given tick once per finished item (thread-safe).</summary>
    public static Task<T> RunAsync<T>(CliContext context, int total, Func<Action<string>, Task<T>> work) =>
        context.ErrorIsTerminal ? WithBarAsync(context.Error, total, work) : work(PlainLines(context.Error, total));

    private static Action<string> PlainLines(TextWriter error, int total)
    {
        var done = 0;
        var gate = new Lock();
        return item =>
        {
            lock (gate) error.WriteLine($"packets: {++done} of {total} ({item})");
        };
    }

    private static Task<T> WithBarAsync<T>(TextWriter error, int total, Func<Action<string>, Task<T>> work) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error), Interactive = InteractionSupport.Yes })
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"packets (0 of {total})", maxValue: Math.Max(total, 1));
                var done = 0;
                var result = await work(_ =>
                {
                    task.Description = $"packets ({Interlocked.Increment(ref done)} of {total})";
                    task.Increment(1);
                });
                task.Value = task.MaxValue;
                return result;
            });
}
