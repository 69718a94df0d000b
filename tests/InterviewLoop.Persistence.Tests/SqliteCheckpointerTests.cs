using System.Data.Common;
using Dapper;
using InterviewLoop.Persistence.Sql;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>
/// The group-commit writer never runs a WAL checkpoint inside a commit; a background thread copies
/// committed frames into the database file instead (decision 0015).
/// </summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly SqliteDialect _dialect;

    public SqliteCheckpointerTests()
    {
        using (_temp.Open())
        {
            // Creates the file with its schema and WAL journal.
        }
        _dialect = new SqliteDialect(_temp.FilePath);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WriterConnection_HasAutomaticCheckpointsOff()
    {
        using var checkpointer = new SqliteCheckpointer(_dialect, TimeSpan.FromHours(1));
        using var writer = checkpointer.OpenWriter();

        Assert.Equal(0L, writer.ExecuteScalar<long>("PRAGMA wal_autocheckpoint;"));
    }

    [Fact]
    public async Task CommittedFrames_AreCopiedIntoTheDatabaseFile_WithoutTheWriterCheckpointing()
    {
        using var checkpointer = new SqliteCheckpointer(_dialect, TimeSpan.FromMilliseconds(20));
        using var writer = checkpointer.OpenWriter();
        writer.Execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
        var before = new FileInfo(_temp.FilePath).Length;

        InsertOneByOne(writer, rows: 300, bytes: 4_000);

        // 300 rows of 4 KB are more than 1 MB of pages; only the checkpointer can move them out of the WAL.
        Assert.True(await Eventually(() => new FileInfo(_temp.FilePath).Length > before + 1_000_000),
            $"database file still {new FileInfo(_temp.FilePath).Length} bytes (was {before})");
        Assert.Equal(300L, writer.ExecuteScalar<long>("SELECT COUNT(*) FROM filler;"));
    }

    [Fact]
    public void Dispose_IsSafeTwice()
    {
        var checkpointer = new SqliteCheckpointer(_dialect, TimeSpan.FromMilliseconds(10));
        checkpointer.Dispose();

        Assert.Null(Record.Exception(checkpointer.Dispose));
    }

    private static void InsertOneByOne(DbConnection connection, int rows, int bytes)
    {
        var body = new string('x', bytes);
        for (var i = 0; i < rows; i++)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute("INSERT INTO filler (body) VALUES (@body);", new { body }, transaction);
            transaction.Commit();
        }
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(20))
            if (condition()) return true;
        return condition();
    }
}
