using InterviewLoop.Persistence;

namespace InterviewLoop.Cli;

/// <summary>A SQLite database file.</summary>
internal sealed class SqliteTarget(string path, string source) : DatabaseTarget(source)
{
    /// <inheritdoc />
    public override string Name => $"'{path}'";

    /// <inheritdoc />
    public override InterviewLoopDatabase Open(CliContext context) =>
        InterviewLoopDatabase.Open(new DatabaseOptions { Path = path }, context.Clock);

    /// <inheritdoc />
    public override InterviewLoopDatabase OpenExisting(CliContext context) =>
        File.Exists(path) ? Open(context) : throw new BadInputException($"{Source}: no such file '{path}'");
}
