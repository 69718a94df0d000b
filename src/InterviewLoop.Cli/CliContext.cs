namespace InterviewLoop.Cli;

/// <summary>What every command writes to and reads its defaults from; one per run.</summary>
/// <param name="Out">Standard output: the command's result (a report, a path, a summary line).</param>
/// <param name="Error">Standard error: progress bars and other running commentary, never results.</param>
/// <param name="Clock">Time source for generated-at stamps and recorded times.</param>
/// <param name="EnvironmentDatabase">The SQLite file named by <c>INTERVIEWLOOP_DB</c>, or <c>null</c> when it is unset or empty.</param>
/// <param name="EnvironmentPostgres">The PostgreSQL connection string in <c>INTERVIEWLOOP_POSTGRES</c>, or <c>null</c> when it is unset or empty.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, string? EnvironmentDatabase, string? EnvironmentPostgres)
{
    /// <summary>True when <see cref="Error"/> is a terminal a progress bar can redraw in place; false for files, pipes and tests.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Environment variable naming the SQLite database file when neither <c>--database</c> nor <c>--postgres</c> is given.</summary>
    public const string DatabaseVariable = "INTERVIEWLOOP_DB";

    /// <summary>Environment variable holding the PostgreSQL connection string when neither <c>--database</c> nor <c>--postgres</c> is given.</summary>
    public const string PostgresVariable = "INTERVIEWLOOP_POSTGRES";

    /// <summary>The database path when no option and neither environment variable is given.</summary>
    public const string FallbackDatabase = "./data/interviewloop.db";

    /// <summary>A context on <paramref name="stdout"/> and <paramref name="stderr"/> with the system clock and the environment's database variables.</summary>
    /// <remarks>Decided here, before a command runs: the command-line library may swap <see cref="Console.Error"/> while it does.</remarks>
    public static CliContext FromEnvironment(TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, TimeProvider.System, Variable(DatabaseVariable), Variable(PostgresVariable))
        {
            ErrorIsTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected,
        };

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
