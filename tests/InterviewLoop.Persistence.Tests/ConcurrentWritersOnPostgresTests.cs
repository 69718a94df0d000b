using Dapper;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>On PostgreSQL an append at a version another transaction has inserted but not committed waits for it.</summary>
[Collection(PostgresSuites.Name)]
public sealed class ConcurrentWritersOnPostgresTests : ConcurrentWritersTests
{
    private const string InsertSql = """
        INSERT INTO events (stream_id, version, type, payload, recorded_at)
        VALUES (@Stream, 1, 'loop_planned', '{}', '2026-03-02T09:00:00.0000000+00:00');
        """;

    private readonly PostgresTestDatabase _postgres;

    public ConcurrentWritersOnPostgresTests(PostgresServer server)
        : this(new PostgresTestDatabase(server))
    {
    }

    private ConcurrentWritersOnPostgresTests(PostgresTestDatabase postgres)
        : base(postgres) => _postgres = postgres;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Append_AtAVersionAnotherTransactionHoldsUncommitted_WaitsThenConflictsOnlyIfItCommits(bool otherCommits)
    {
        var store = _postgres.Open().EventStore;
        using var other = _postgres.Connect();
        using var holder = other.BeginTransaction();
        other.Execute(InsertSql, new { Stream }, holder);

        var append = Task.Run(() => store.AppendAsync([new StreamAppend(Stream, 0, [Planned()])]));
        var finishedWhileHeld = SpinWait.SpinUntil(() => append.IsCompleted, TimeSpan.FromMilliseconds(500));
        if (otherCommits) holder.Commit();
        else holder.Rollback();

        Assert.False(finishedWhileHeld, append.Exception?.ToString());
        if (otherCommits) await Assert.ThrowsAsync<ConcurrencyConflictException>(() => append);
        else Assert.Equal(2, await append);
    }
}
