namespace InterviewLoop.Cli;

/// <summary>What every command writes to and reads its defaults from; one per run.</summary>
/// <param name="Out">Standard output: the command's result (a report, a path, a summary line).</param>
/// <param name="Error">Standard error: progress bars and other running commentary, never results.</param>
/// <param name="Clock">Time source for generated-at stamps and recorded times.</param>
/// <param name="DefaultDatabase">Database path used when <c>--database</c> is absent.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, string DefaultDatabase)
{
    /// <summary>True when <see cref="Error"/> is a terminal a progress bar can redraw in place; false for files, pipes and tests.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Environment variable naming the database file when <c>--database</c> is absent.</summary>
    public const string DatabaseVariable = "INTERVIEWLOOP_DB";

    /// <summary>The database path when neither <c>--database</c> nor <c>INTERVIEWLOOP_DB</c> is given.</summary>
    public const string FallbackDatabase = "./data/interviewloop.db";

    /// <summary>A context on <paramref name="stdout"/> and <paramref name="stderr"/> with the system clock and the environment's database default.</summary>
    /// <remarks>Decided here, before a command runs: the command-line library may swap <see cref="Console.Error"/> while it does.</remarks>
    public static CliContext FromEnvironment(TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, TimeProvider.System,
            Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } db ? db : FallbackDatabase)
        {
            ErrorIsTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected,
        };
}
