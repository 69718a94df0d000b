using Npgsql;

namespace InterviewLoop.Cli;

/// <summary>Why a PostgreSQL database could not be opened, as the exception that carries the one error line.</summary>
internal static class PostgresOpenError
{
    private const string InvalidCatalogName = "3D000";
    private const string InvalidAuthorizationClass = "28";

    /// <summary>
    /// A <see cref="BadInputException"/> (exit 2) when the connection string itself is wrong: the server refused
    /// the user or password (SqlState class 28), the database does not exist (3D000), or Npgsql rejected a
    /// setting. A <see cref="DatabaseUnavailableException"/> (exit 1) otherwise: the server could not be
    /// reached or did not answer in time, which trying again later may fix.
    /// </summary>
    public static Exception For(Exception error, string what)
    {
        var line = $"{what}: {Reason(error)}";
        return IsTheConnectionString(error) ? new BadInputException(line, error) : new DatabaseUnavailableException(line, error);
    }

    private static bool IsTheConnectionString(Exception error) => error switch
    {
        ArgumentException => true,
        PostgresException { SqlState: InvalidCatalogName } => true,
        PostgresException p => p.SqlState.StartsWith(InvalidAuthorizationClass, StringComparison.Ordinal),
        _ => false,
    };

    // Npgsql says "Failed to connect to 10.0.0.5:5432" and keeps the socket's own reason inside.
    private static string Reason(Exception error) => error switch
    {
        PostgresException => error.Message,
        _ when error.InnerException is { } inner => $"{error.Message} ({inner.Message})",
        _ => error.Message,
    };
}
