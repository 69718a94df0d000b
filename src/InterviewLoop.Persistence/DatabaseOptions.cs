namespace InterviewLoop.Persistence;

/// <summary>
/// Where the database lives. Bound from configuration section <c>Database</c> by the server
/// (<c>Database:Provider</c>, <c>Database:Path</c>, <c>Database:ConnectionString</c>). The command line
/// builds it from <c>--database PATH</c> (SQLite) or <c>--postgres CONNECTION_STRING</c>, else from the
/// environment variables <c>INTERVIEWLOOP_POSTGRES</c> or <c>INTERVIEWLOOP_DB</c>.
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>
    /// The SQL dialect: <c>sqlite</c> (the default, embedded: one file at <see cref="Path"/>) or
    /// <c>postgres</c> (the server database at <see cref="ConnectionString"/>). Case-insensitive.
    /// </summary>
    public string Provider { get; set; } = SqliteProviderName;

    /// <summary>
    /// Path of the SQLite database file, absolute or relative to the working directory
    /// (default <c>./data/interviewloop.db</c>). Its directory is created when missing. Unused for PostgreSQL.
    /// </summary>
    public string Path { get; set; } = "./data/interviewloop.db";

    /// <summary>
    /// The Npgsql connection string of the PostgreSQL database (e.g.
    /// <c>Host=127.0.0.1;Port=5432;Database=interviewloop;Username=app;Password=...</c>); the database must
    /// exist, its tables are created by the migrations. Required for <c>postgres</c>, unused for SQLite.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The provider name of SQLite.</summary>
    public const string SqliteProviderName = "sqlite";

    /// <summary>The provider name of PostgreSQL.</summary>
    public const string PostgresProviderName = "postgres";
}
