using Dapper;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

public sealed class MigrationOnSqliteTests() : MigrationTests(new TempDatabase())
{
    protected override string MigrationPrefix => "db/sqlite/";

    protected override string ListTablesSql => "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
}

[Collection(PostgresSuites.Name)]
public sealed class MigrationOnPostgresTests(PostgresServer server) : MigrationTests(new PostgresTestDatabase(server))
{
    private const string PostgresColumnsSql = """
        SELECT table_name || '.' || column_name FROM information_schema.columns
        WHERE table_schema = 'public' ORDER BY 1;
        """;

    private const string SqliteColumnsSql = """
        SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_info(m.name) c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1;
        """;

    private readonly PostgresServer _server = server;

    protected override string MigrationPrefix => "db/postgres/";

    protected override string ListTablesSql => "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1;";

    [Fact]
    public void PostgresMigrations_CreateTheSameTablesAndColumnsAsSqlite()
    {
        using var sqlite = new TempDatabase();
        using var postgres = new PostgresTestDatabase(_server);
        sqlite.Open();
        postgres.Open();

        using var sqliteConnection = sqlite.Connect();
        using var postgresConnection = postgres.Connect();
        Assert.Equal(sqliteConnection.Query<string>(SqliteColumnsSql).Order(StringComparer.Ordinal),
            postgresConnection.Query<string>(PostgresColumnsSql).Order(StringComparer.Ordinal));
    }
}
