using Dapper;
using InterviewLoop.Persistence.Sql;
using InterviewLoop.Persistence.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Tests;

/// <summary>The group commit's SQLite transaction, run on statements compiled once per writer connection.</summary>
public sealed class SqliteWriteTransactionTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public SqliteWriteTransactionTests()
    {
        using (_temp.Open())
        {
            // Creates the file with its schema and WAL journal.
        }
        using var connection = _temp.Connect();
        connection.Execute("CREATE TABLE users_probe (n INTEGER NOT NULL);");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Commit_KeepsTheWrites_AndTheSameStatementsServeTheNextTransaction()
    {
        using var writer = _temp.Connect();
        for (var i = 0; i < 3; i++)
        {
            using var transaction = SqliteWriteTransaction.Begin(writer);
            writer.Execute("INSERT INTO users_probe (n) VALUES (@i);", new { i });
            transaction.Commit();
        }

        using var reader = _temp.Connect();
        Assert.Equal(3, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM users_probe;"));
    }

    [Fact]
    public void Dispose_WithoutCommit_RollsBack_AndLeavesTheConnectionOutOfTransaction()
    {
        using var writer = _temp.Connect();
        using (SqliteWriteTransaction.Begin(writer))
        {
            writer.Execute("INSERT INTO users_probe (n) VALUES (1);");
        }

        Assert.Equal(0, writer.ExecuteScalar<long>("SELECT COUNT(*) FROM users_probe;"));
        using var next = SqliteWriteTransaction.Begin(writer);
        next.Commit();
    }

    [Fact]
    public void RollbackTo_UndoesOnlyWhatFollowedTheSavepoint()
    {
        using var writer = _temp.Connect();
        using (var transaction = SqliteWriteTransaction.Begin(writer))
        {
            writer.Execute("INSERT INTO users_probe (n) VALUES (1);");
            transaction.Save("write_1");
            writer.Execute("INSERT INTO users_probe (n) VALUES (2);");
            transaction.RollbackTo("write_1");
            transaction.Release("write_1");
            transaction.Commit();
        }

        Assert.Equal([1L], writer.Query<long>("SELECT n FROM users_probe;"));
    }

    [Fact]
    public void Begin_WhileAnotherConnectionHoldsTheLockPastTheTimeout_ThrowsBusy()
    {
        using var holder = _temp.Connect();
        using var held = holder.BeginTransaction(deferred: false);
        using var writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.FilePath, Pooling = false, DefaultTimeout = 1 }.ToString());
        writer.Open();

        var error = Assert.Throws<SqliteException>(() => SqliteWriteTransaction.Begin(writer));

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        Assert.Equal(1, writer.ExecuteScalar<long>("SELECT 1;"));
    }

    [Fact]
    public void ReopeningTheConnection_CompilesItsStatementsAgain()
    {
        using var writer = _temp.Connect();
        using (var transaction = SqliteWriteTransaction.Begin(writer))
        {
            transaction.Commit();
        }

        // Closing releases the handle the first statements were compiled on; the reopened connection has a new one.
        writer.Close();
        writer.Open();
        using (var transaction = SqliteWriteTransaction.Begin(writer))
        {
            writer.Execute("INSERT INTO users_probe (n) VALUES (7);");
            transaction.Commit();
        }
        Assert.Equal(7, writer.ExecuteScalar<long>("SELECT n FROM users_probe;"));
    }
}
