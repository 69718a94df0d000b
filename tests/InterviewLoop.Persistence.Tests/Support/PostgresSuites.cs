namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>
/// Every PostgreSQL suite shares one server started by the tests (<see cref="PostgresServer"/>);
/// each test gets its own database on it. Suites in the collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresSuites : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
