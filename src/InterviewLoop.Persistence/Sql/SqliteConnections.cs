using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Sql;

/// <summary>How <see cref="SqliteDialect"/> connects, configures each connection and reads SQLite errors.</summary>
internal static class SqliteConnections
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    // These settings belong to the connection, so every open sets them. The waiting for another
    // process's lock is done by Microsoft.Data.Sqlite, which retries a busy command every few hundred
    // milliseconds for up to DefaultTimeout; SQLite's own busy_timeout stays 0 because the bundled
    // e_sqlite3 2.0.6 is built without usleep, so its busy handler would sleep in whole seconds.
    private const string Pragmas = """
        PRAGMA busy_timeout = 0;
        PRAGMA synchronous = FULL;
        PRAGMA foreign_keys = ON;
        """;

    public static string ConnectionString(string filePath, int lockWaitSeconds) => new SqliteConnectionStringBuilder
    {
        DataSource = filePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = lockWaitSeconds,
    }.ToString();

    public static SqliteConnection Configured(SqliteConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } e
        && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    public static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
