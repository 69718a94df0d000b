using InterviewLoop.Persistence;
using Npgsql;

namespace InterviewLoop.Cli;

/// <summary>
/// A PostgreSQL database named by an Npgsql connection string. The database must exist (as for the server);
/// opening migrates it. Error lines name the host, port, database and user, never the password.
/// </summary>
internal sealed class PostgresTarget : DatabaseTarget
{
    private readonly NpgsqlConnectionStringBuilder _connection;

    private PostgresTarget(NpgsqlConnectionStringBuilder connection, string source) : base(source) => _connection = connection;

    /// <summary>
    /// Reads <paramref name="connectionString"/>; throws <see cref="BadInputException"/> naming
    /// <paramref name="source"/> when Npgsql cannot parse it.
    /// </summary>
    public static PostgresTarget Parse(string connectionString, string source)
    {
        try
        {
            return new PostgresTarget(new NpgsqlConnectionStringBuilder(connectionString), source);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            // Npgsql's parse errors name the keyword or the position, not the values: no password leaks here.
            throw new BadInputException($"{source}: not a PostgreSQL connection string ({e.Message})", e);
        }
    }

    /// <inheritdoc />
    public override string Name => $"database '{_connection.Database ?? _connection.Username}' on {_connection.Host}:{_connection.Port}";

    /// <inheritdoc />
    public override InterviewLoopDatabase Open(CliContext context)
    {
        var options = new DatabaseOptions { Provider = DatabaseOptions.PostgresProviderName, ConnectionString = _connection.ConnectionString };
        try
        {
            return InterviewLoopDatabase.Open(options, context.Clock);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            throw PostgresOpenError.For(e, $"{Source}: cannot open {Name} as user '{_connection.Username}'");
        }
    }
}
