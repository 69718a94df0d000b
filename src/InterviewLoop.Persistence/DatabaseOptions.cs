namespace InterviewLoop.Persistence;

/// <summary>
/// Where the database lives. Bound from configuration section <c>Database</c> by the server and
/// built from <c>--db</c> by the command line.
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>The SQL dialect: <c>sqlite</c> (the default and, for now, the only one).</summary>
    public string Provider { get; set; } = SqliteProviderName;

    /// <summary>
    /// Path of the SQLite database file, absolute or relative to the working directory
    /// (default <c>./data/interviewloop.db</c>). Its directory is created when missing.
    /// </summary>
    public string Path { get; set; } = "./data/interviewloop.db";

    /// <summary>The provider name of SQLite.</summary>
    public const string SqliteProviderName = "sqlite";
}
