using InterviewLoop.Persistence;

namespace InterviewLoop.Cli;

/// <summary>
/// The database a command opens, and where that choice came from. Both kinds open through
/// <see cref="InterviewLoopDatabase.Open"/>, so the schema is migrated by the server's own runner.
/// </summary>
/// <param name="Source">The option or environment variable that chose it (<c>--database</c>, <c>INTERVIEWLOOP_POSTGRES</c>, ...), named in error lines.</param>
internal abstract class DatabaseTarget(string Source)
{
    /// <summary>The option or environment variable that chose this database.</summary>
    public string Source { get; } = Source;

    /// <summary>The database as error lines name it: <c>'PATH'</c>, or <c>database 'NAME' on HOST:PORT</c> (never a password).</summary>
    public abstract string Name { get; }

    /// <summary>Opens the database for writing, creating a missing SQLite file, and brings its schema up to date.</summary>
    public abstract InterviewLoopDatabase Open(CliContext context);

    /// <summary>
    /// Opens a database that must already hold loops. Throws <see cref="BadInputException"/> for a missing
    /// SQLite file: creating one would only hide a typo behind "no such loop".
    /// </summary>
    public virtual InterviewLoopDatabase OpenExisting(CliContext context) => Open(context);
}
