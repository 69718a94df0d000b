namespace InterviewLoop.Persistence.Tests;

/// <summary>Bad PostgreSQL settings are rejected before any connection is tried, naming the setting.</summary>
public sealed class PostgresOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Open_PostgresWithoutConnectionString_IsRejectedNamingTheSetting(string? connectionString)
    {
        var options = new DatabaseOptions { Provider = "Postgres", ConnectionString = connectionString };

        var error = Assert.Throws<ArgumentException>(() => InterviewLoopDatabase.Open(options));

        Assert.Contains("Database:ConnectionString: must be set for provider 'postgres'", error.Message);
    }

    [Fact]
    public void Open_PostgresWithMalformedConnectionString_IsRejectedNamingTheSetting()
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = "Hots=x;Nonsense" };

        var error = Assert.Throws<ArgumentException>(() => InterviewLoopDatabase.Open(options));

        Assert.StartsWith("Database:ConnectionString: ", error.Message);
    }
}
