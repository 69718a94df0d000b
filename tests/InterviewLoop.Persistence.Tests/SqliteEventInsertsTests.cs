using Dapper;
using InterviewLoop.Persistence.Events;
using InterviewLoop.Persistence.Sql;
using InterviewLoop.Persistence.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Tests;

/// <summary>The event INSERTs on compiled SQLite statements, bound by hand.</summary>
public sealed class SqliteEventInsertsTests : IDisposable
{
    private const string Stream = "round/loop-1/r1";
    private readonly TempDatabase _temp = new();
    private readonly SqliteConnection _writer;

    public SqliteEventInsertsTests()
    {
        using (_temp.Open())
        {
            // Creates the file with its schema and WAL journal.
        }
        _writer = _temp.Connect();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Insert_StoresEveryTextAsGiven_AndReturnsIncreasingPositions()
    {
        const string payload = """{"text":"Général — 日本語 😀 \"quoted\" \\ back","n":1}""";
        var first = await Insert(version: 1, expected: 0, payload);
        var second = await Insert(version: 2, expected: null, "{}");

        Assert.NotNull(first);
        Assert.True(second > first);
        var stored = _writer.QuerySingle<(string StreamId, string Type, string Payload, string RecordedAt)>(
            "SELECT stream_id, type, payload, recorded_at FROM events WHERE version = 1;");
        Assert.Equal((Stream, "round.scorecard_changed", payload, "2026-11-21T19:00:00.0000000+00:00"), stored);
    }

    [Fact]
    public async Task CheckedInsert_AtAnotherVersion_InsertsNothingAndAnswersNull()
    {
        await Insert(version: 1, expected: 0, "{}");

        Assert.Null(await Insert(version: 2, expected: 0, "{}"));
        Assert.Equal(1, _writer.ExecuteScalar<long>("SELECT COUNT(*) FROM events;"));
    }

    [Fact]
    public async Task PlainInsert_OfAVersionTaken_IsAUniqueViolation_AndTheStatementStillWorks()
    {
        await Insert(version: 1, expected: 0, "{}");

        var error = await Assert.ThrowsAsync<SqliteException>(() => Insert(version: 1, expected: null, "{}").AsTask());

        Assert.True(new SqliteDialect(_temp.FilePath).IsUniqueViolation(error), error.Message);
        Assert.NotNull(await Insert(version: 2, expected: null, "{}"));
    }

    private ValueTask<long?> Insert(long version, long? expected, string payload) =>
        SqliteEventInserts.For(_writer).InsertAsync(
            null, new EventValues(Stream, version, "round.scorecard_changed", payload, "2026-11-21T19:00:00.0000000+00:00"), expected, CancellationToken.None);
}
