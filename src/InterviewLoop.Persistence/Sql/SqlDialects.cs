namespace InterviewLoop.Persistence.Sql;

/// <summary>Chooses the <see cref="ISqlDialect"/> named by <see cref="DatabaseOptions.Provider"/>.</summary>
public static class SqlDialects
{
    /// <summary>
    /// The dialect for <paramref name="options"/>. Throws <see cref="ArgumentException"/> naming
    /// <c>Database:Provider</c> when the provider is not supported, or <c>Database:Path</c> when it is empty.
    /// </summary>
    public static ISqlDialect Create(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.Equals(options.Provider, DatabaseOptions.SqliteProviderName, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Database:Provider: '{options.Provider}' is not supported (supported: sqlite)", nameof(options));
        if (string.IsNullOrWhiteSpace(options.Path))
            throw new ArgumentException("Database:Path: must name a database file", nameof(options));
        return new SqliteDialect(options.Path);
    }
}
