using Npgsql;

namespace InterviewLoop.Persistence.Sql;

/// <summary>How <see cref="PostgresDialect"/> reads its connection string and releases its pool.</summary>
internal static class PostgresConnections
{
    /// <summary>
    /// <paramref name="connectionString"/> with pooling on; throws <see cref="ArgumentException"/> naming
    /// <c>Database:ConnectionString</c> when Npgsql cannot parse it.
    /// </summary>
    public static string Pooled(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString) { Pooling = true }.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"Database:ConnectionString: {e.Message}", nameof(connectionString), e);
        }
    }

    public static void ClearPool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }
}
