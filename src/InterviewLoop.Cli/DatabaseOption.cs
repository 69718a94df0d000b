using System.CommandLine;

namespace InterviewLoop.Cli;

/// <summary>
/// The database options of <c>import</c>, <c>packets</c> and <c>verify</c>: <c>--database PATH</c> (a SQLite
/// file) or <c>--postgres CONNECTION_STRING</c>, never both. With neither, <c>INTERVIEWLOOP_POSTGRES</c> or
/// <c>INTERVIEWLOOP_DB</c> (never both), else <c>./data/interviewloop.db</c>.
/// </summary>
internal sealed class DatabaseOption(CliContext context)
{
    private const string Sqlite = "--database";
    private const string Postgres = "--postgres";

    private readonly Option<string?> _sqlite = new(Sqlite)
    {
        HelpName = "PATH",
        Description = $"SQLite database file (default: ${CliContext.DatabaseVariable}, else {CliContext.FallbackDatabase}).",
    };

    private readonly Option<string?> _postgres = new(Postgres)
    {
        HelpName = "CONNECTION_STRING",
        Description = "PostgreSQL database instead, e.g. 'Host=db.example.com;Database=interviewloop;Username=app;Password=...' "
            + $"(default: ${CliContext.PostgresVariable}, which keeps the password out of shell history).",
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_sqlite);
        command.Options.Add(_postgres);
    }

    /// <summary>The database <paramref name="parse"/> names; throws <see cref="BadInputException"/> when two sources are given.</summary>
    public DatabaseTarget Resolve(ParseResult parse) => (parse.GetValue(_sqlite), parse.GetValue(_postgres)) switch
    {
        ({ }, { }) => throw new BadInputException($"give either {Sqlite} PATH or {Postgres} CONNECTION_STRING, not both"),
        (null, { } connection) => PostgresTarget.Parse(connection, Postgres),
        ({ } path, null) => new SqliteTarget(path, Sqlite),
        _ => FromEnvironment(),
    };

    private DatabaseTarget FromEnvironment() => (context.EnvironmentDatabase, context.EnvironmentPostgres) switch
    {
        ({ }, { }) => throw new BadInputException(
            $"both {CliContext.DatabaseVariable} and {CliContext.PostgresVariable} are set: unset one, or give {Sqlite} PATH or {Postgres} CONNECTION_STRING"),
        (null, { } connection) => PostgresTarget.Parse(connection, CliContext.PostgresVariable),
        ({ } path, null) => new SqliteTarget(path, CliContext.DatabaseVariable),
        _ => new SqliteTarget(CliContext.FallbackDatabase, Sqlite),
    };
}
