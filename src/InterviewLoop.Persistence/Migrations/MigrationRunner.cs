using System.Data.Common;
using Dapper;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.Migrations;

/// <summary>
/// Applies a dialect's embedded migrations that the journal table <c>schema_journal(id, name, applied_at)</c>
/// does not list yet, each in its own write transaction together with its journal row. Re-running
/// applies nothing; two processes opening one new database at once apply each migration once,
/// because each re-reads the journal after taking the write lock.
/// </summary>
public sealed class MigrationRunner(ISqlDialect dialect, TimeProvider clock)
{
    private const string CreateJournalSql = """
        CREATE TABLE IF NOT EXISTS schema_journal (
            id         INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        );
        """;

    private const string IsAppliedSql = "SELECT COUNT(*) FROM schema_journal WHERE id = @Id;";

    private const string JournalSql = "INSERT INTO schema_journal (id, name, applied_at) VALUES (@Id, @Name, @AppliedAt);";

    /// <summary>Applies the pending migrations in id order and returns the names of those applied (empty when up to date).</summary>
    public IReadOnlyList<string> Apply()
    {
        using var connection = dialect.OpenConnection();
        using var migrationLock = dialect.LockMigrations(connection);
        connection.Execute(CreateJournalSql);
        var applied = new List<string>();
        foreach (var migration in MigrationCatalog.Load(dialect.MigrationResourcePrefix))
        {
            if (TryApply(connection, migration)) applied.Add(migration.Name);
        }
        return applied;
    }

    private bool TryApply(DbConnection connection, Migration migration)
    {
        using var transaction = dialect.BeginWriteTransaction(connection);
        if (connection.ExecuteScalar<long>(IsAppliedSql, new { migration.Id }, transaction) > 0) return false;
        try
        {
            connection.Execute(migration.Sql, transaction: transaction);
        }
        catch (DbException e)
        {
            throw new InvalidOperationException($"{dialect.MigrationResourcePrefix}{migration.Name}: {e.Message}", e);
        }
        var appliedAt = Database.Timestamp(clock.GetUtcNow());
        connection.Execute(JournalSql, new { migration.Id, migration.Name, AppliedAt = appliedAt }, transaction);
        transaction.Commit();
        return true;
    }
}
