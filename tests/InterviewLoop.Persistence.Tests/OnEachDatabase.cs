using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

// Each suite written once against TestDatabase runs on both dialects: SQLite in a temp file, and
// PostgreSQL on the server the tests start (PostgresServer), one database per test.

public sealed class SqlEventStoreOnSqliteTests() : SqlEventStoreTests(new TempDatabase());

[Collection(PostgresSuites.Name)]
public sealed class SqlEventStoreOnPostgresTests(PostgresServer server) : SqlEventStoreTests(new PostgresTestDatabase(server));

public sealed class ReadModelOnSqliteTests() : ReadModelTests(new TempDatabase());

[Collection(PostgresSuites.Name)]
public sealed class ReadModelOnPostgresTests(PostgresServer server) : ReadModelTests(new PostgresTestDatabase(server));

public sealed class UserStoreOnSqliteTests() : UserStoreTests(new TempDatabase());

[Collection(PostgresSuites.Name)]
public sealed class UserStoreOnPostgresTests(PostgresServer server) : UserStoreTests(new PostgresTestDatabase(server));

public sealed class GrainsOverSqliteTests() : GrainsOverSqlTests(new TempDatabase());

[Collection(PostgresSuites.Name)]
public sealed class GrainsOverPostgresTests(PostgresServer server) : GrainsOverSqlTests(new PostgresTestDatabase(server));
