using Npgsql;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>A fresh PostgreSQL database on the test server, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly PostgresServer _server;
    private readonly string _name;

    public PostgresTestDatabase(PostgresServer server)
    {
        _server = server;
        _name = server.CreateDatabase();
    }

    public string ConnectionString => _server.ConnectionString(_name);

    public override DatabaseOptions Options => new() { Provider = DatabaseOptions.PostgresProviderName, ConnectionString = ConnectionString };

    public override NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    protected override void Drop()
    {
        _server.DropDatabase(_name);
    }
}
