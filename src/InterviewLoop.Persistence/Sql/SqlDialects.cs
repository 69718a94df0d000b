namespace InterviewLoop.Persistence.Sql;

/// <summary>Chooses the <see cref="ISqlDialect"/> named by <see cref="DatabaseOptions.Provider"/>.</summary>
public static class SqlDialects
{
    /// <summary>
    /// The dialect for <paramref name="options"/>. Throws <see cref="ArgumentException"/> naming
    /// <c>Database:Provider</c> when the provider is not supported, <c>Database:Path</c> when SQLite's is
    /// empty, or <c>Database:ConnectionString</c> when PostgreSQL's is empty or malformed.
    /// </summary>
    public static ISqlDialect Create(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Is(options, DatabaseOptions.SqliteProviderName))
        {
            if (string.IsNullOrWhiteSpace(options.Path))
                throw new ArgumentException("Database:Path: must name a database file", nameof(options));
            return new SqliteDialect(options.Path);
        }
        if (Is(options, DatabaseOptions.PostgresProviderName))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new ArgumentException("Database:ConnectionString: must be set for provider 'postgres' (e.g. Host=...;Database=...;Username=...)", nameof(options));
            return new PostgresDialect(options.ConnectionString);
        }
        throw new ArgumentException($"Database:Provider: '{options.Provider}' is not supported (supported: sqlite, postgres)", nameof(options));
    }

    private static bool Is(DatabaseOptions options, string provider) =>
        string.Equals(options.Provider, provider, StringComparison.OrdinalIgnoreCase);
}
