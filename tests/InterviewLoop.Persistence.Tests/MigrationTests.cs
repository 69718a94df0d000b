using Dapper;
using InterviewLoop.Persistence.Migrations;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>The migration runner on every dialect; each dialect has its own migrations under db/&lt;dialect&gt;/ with the same names.</summary>
public abstract class MigrationTests(TestDatabase temp) : IDisposable
{
    private static readonly string[] AllMigrations = ["0001_create_events.sql", "0002_create_read_models.sql", "0003_create_users.sql", "0004_create_calibration_reports.sql", "0005_add_users_active.sql"];

    private readonly TestDatabase _temp = temp;

    /// <summary>The dialect's migration resource prefix, e.g. <c>db/sqlite/</c>.</summary>
    protected abstract string MigrationPrefix { get; }

    /// <summary>SQL listing the names of the tables in the database.</summary>
    protected abstract string ListTablesSql { get; }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Open_NewFile_AppliesEveryMigrationOnceAndJournalsIt()
    {
        var database = _temp.Open();

        using var connection = _temp.Connect();
        var journal = connection.Query<(long Id, string Name, string AppliedAt)>("SELECT id, name, applied_at FROM schema_journal ORDER BY id;").ToArray();
        Assert.Equal(AllMigrations, database.AppliedMigrations);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], journal.Select(j => j.Id));
        Assert.Equal(AllMigrations, journal.Select(j => j.Name));
        Assert.All(journal, j => Assert.Equal("2026-03-02T09:00:00.0000000+00:00", j.AppliedAt));
    }

    [Fact]
    public void Open_NewFile_CreatesEveryTable()
    {
        _temp.Open();

        using var connection = _temp.Connect();
        var tables = connection.Query<string>(ListTablesSql);
        Assert.Superset(new HashSet<string> { "events", "loops", "rounds", "round_panel", "users", "calibration_reports", "schema_journal" }, tables.ToHashSet());
    }

    [Fact]
    public void Open_Again_AppliesNothing()
    {
        _temp.Open();

        var reopened = _temp.Open();

        using var connection = _temp.Connect();
        Assert.Empty(reopened.AppliedMigrations);
        Assert.Equal(5L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_journal;"));
    }

    [Fact]
    public async Task Open_FromTwoProcessesAtOnce_AppliesEachMigrationOnce()
    {
        var opens = await Task.WhenAll(Task.Run(_temp.Open), Task.Run(_temp.Open));

        using var connection = _temp.Connect();
        Assert.Equal(5, opens.Sum(o => o.AppliedMigrations.Count));
        Assert.Equal(5L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_journal;"));
    }

    [Fact]
    public void Catalog_LoadsTheDialectsMigrationsInNumberOrder()
    {
        var migrations = MigrationCatalog.Load(MigrationPrefix);

        Assert.Equal([1, 2, 3, 4, 5], migrations.Select(m => m.Id));
        Assert.Equal(AllMigrations, migrations.Select(m => m.Name));
        Assert.All(migrations, m => Assert.Matches("(CREATE|ALTER) TABLE", m.Sql));
    }

    [Fact]
    public async Task Open_DatabaseFromBeforeDeactivation_KeepsItsUsersActive()
    {
        using (var connection = _temp.Connect())
        {
            ApplyAsOfOld(connection, lastId: 4);
            connection.Execute("""
                INSERT INTO users (id, username, display_name, password_hash, roles, created_at, updated_at)
                VALUES ('u-17', 'priya', 'Priya N.', 'hash', 'interviewer', 'then', 'then');
                """);
        }

        var database = _temp.Open();

        Assert.Equal(["0005_add_users_active.sql"], database.AppliedMigrations);
        Assert.True((await database.Users.FindByIdAsync("u-17"))!.Active);
    }

    // A database an older server made: the migrations up to lastId applied and journaled, as the runner does.
    private void ApplyAsOfOld(System.Data.Common.DbConnection connection, int lastId)
    {
        connection.Execute("CREATE TABLE schema_journal (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        foreach (var migration in MigrationCatalog.Load(MigrationPrefix).Where(m => m.Id <= lastId))
        {
            connection.Execute(migration.Sql);
            connection.Execute("INSERT INTO schema_journal (id, name, applied_at) VALUES (@Id, @Name, 'then');", new { migration.Id, migration.Name });
        }
    }
}
