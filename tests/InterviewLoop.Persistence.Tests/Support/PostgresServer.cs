using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL server the tests start themselves: <c>initdb</c> on a temp data directory,
/// <c>pg_ctl start</c> on a free port of 127.0.0.1 (its unix socket in the temp directory too), stopped
/// with <c>pg_ctl stop -m fast</c> and deleted on dispose. Run as the <c>postgres</c> OS user when the
/// tests run as root, because the server refuses root. Missing binaries fail the tests: CI installs them.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>The one login that must give its password (<see cref="PasswordRolePassword"/>) over TCP; every other login is trusted.</summary>
    public const string PasswordRole = "interviewloop_password_user";

    /// <summary>The password of <see cref="PasswordRole"/>.</summary>
    public const string PasswordRolePassword = "right-password-7Qx";

    private readonly PostgresCommands _commands;
    private readonly string _directory;
    private readonly int _port;

    public PostgresServer()
    {
        _commands = new PostgresCommands(PostgresCommands.FindBinDirectory());
        _directory = Path.Combine(Path.GetTempPath(), "interviewloop-pg-" + Guid.NewGuid().ToString("N"));
        _port = FreePort();
        try
        {
            _commands.Start(_directory, _port, PasswordRole);
            Execute($"CREATE ROLE {PasswordRole} LOGIN PASSWORD '{PasswordRolePassword}';");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The connection string of database <paramref name="database"/> on this server (trust auth, user postgres, unless another is given).</summary>
    public string ConnectionString(string database, string username = "postgres", string? password = null) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = _port, Username = username, Password = password, Database = database, Timeout = 30,
    }.ConnectionString;

    /// <summary>Creates an empty database with a fresh name (owned by postgres) and returns its name.</summary>
    public string CreateDatabase()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE {name};");
        return name;
    }

    /// <summary>Drops database <paramref name="name"/>, ending any session still on it.</summary>
    public void DropDatabase(string name) => Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");

    /// <summary>Runs <paramref name="sql"/> on the <c>postgres</c> maintenance database (CREATE/DROP DATABASE).</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            _commands.Stop(_directory);
        }
        finally
        {
            if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>A TCP port of 127.0.0.1 that nothing listened on a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
