using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>An empty database of its own on the tests' PostgreSQL server, dropped on dispose.</summary>
internal sealed class TempPostgresDatabase(PostgresServer server) : IDisposable
{
    public string Name { get; } = server.CreateDatabase();

    /// <summary>Its connection string as user postgres, whom the test server trusts.</summary>
    public string ConnectionString => server.ConnectionString(Name);

    public void Dispose() => server.DropDatabase(Name);
}
