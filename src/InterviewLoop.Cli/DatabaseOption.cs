using System.CommandLine;
using InterviewLoop.Persistence;

namespace InterviewLoop.Cli;

/// <summary>The <c>--database PATH</c> option, and opening a database that must already exist.</summary>
internal static class DatabaseOption
{
    public static Option<string> Create(CliContext context) => new("--database")
    {
        Description = $"SQLite database file (default: ${CliContext.DatabaseVariable}, else {CliContext.FallbackDatabase}).",
        DefaultValueFactory = _ => context.DefaultDatabase,
    };

    /// <summary>
    /// Opens <paramref name="path"/> for reading packets. Opening creates a missing file, which would only
    /// hide a typo behind "no such loop": a missing file is bad input instead.
    /// </summary>
    public static InterviewLoopDatabase OpenExisting(string path, CliContext context)
    {
        if (!File.Exists(path)) throw new BadInputException($"--database: no such file '{path}'");
        return InterviewLoopDatabase.Open(new DatabaseOptions { Path = path }, context.Clock);
    }
}
