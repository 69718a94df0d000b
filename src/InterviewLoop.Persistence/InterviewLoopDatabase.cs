using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence.Calibration;
using InterviewLoop.Persistence.Events;
using InterviewLoop.Persistence.Migrations;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Persistence.Sql;
using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Persistence;

/// <summary>
/// The opened database: the event store the grains write to, the loop queries pages read, and the
/// user accounts. <see cref="Open"/> is all the server and the command line need:
/// <c>using var db = InterviewLoopDatabase.Open(options);</c>. Safe to share across threads, and
/// several processes may open one database (SQLite file or PostgreSQL database) at once.
/// </summary>
public sealed class InterviewLoopDatabase : IDisposable
{
    private readonly Database _database;

    private InterviewLoopDatabase(Database database, IReadOnlyList<string> appliedMigrations)
    {
        _database = database;
        AppliedMigrations = appliedMigrations;
        EventStore = new SqlEventStore(database);
        Loops = new LoopQueries(database);
        Users = new UserStore(database);
        EventLog = new SqlEventLog(database);
        Calibrations = new CalibrationReportStore(database);
    }

    /// <summary>The append-only event log (<see cref="SqlEventStore"/>); appends also update the read models.</summary>
    public IEventStore EventStore { get; }

    /// <summary>Queries over the loop and round read models.</summary>
    public LoopQueries Loops { get; }

    /// <summary>Sign-in accounts.</summary>
    public UserStore Users { get; }

    /// <summary>The same log read across streams in position order (for the rater model's history).</summary>
    public IEventLog EventLog { get; }

    /// <summary>Each loop's latest stored calibration report.</summary>
    public CalibrationReportStore Calibrations { get; }

    /// <summary>The dialect in use: <see cref="SqliteDialect"/> or <see cref="PostgresDialect"/>.</summary>
    public ISqlDialect Dialect => _database.Dialect;

    /// <summary>Names of the migrations this open applied, in order; empty when the schema was current.</summary>
    public IReadOnlyList<string> AppliedMigrations { get; }

    /// <summary>
    /// Opens (creating when missing) the database of <paramref name="options"/> and brings its schema
    /// up to date. <paramref name="clock"/> stamps recorded and updated times (default: system clock).
    /// Throws <see cref="ArgumentException"/> naming <c>Database:Provider</c>, <c>Database:Path</c> or
    /// <c>Database:ConnectionString</c> for bad options, the provider's exception when PostgreSQL cannot be reached, and <see cref="InvalidOperationException"/> naming the migration that failed.
    /// </summary>
    public static InterviewLoopDatabase Open(DatabaseOptions options, TimeProvider? clock = null)
    {
        var dialect = SqlDialects.Create(options);
        var time = clock ?? TimeProvider.System;
        dialect.Prepare();
        var applied = new MigrationRunner(dialect, time).Apply();
        return new InterviewLoopDatabase(new Database(dialect, time), applied);
    }

    /// <summary>Commits queued writes, then releases pooled connections (SQLite: the database files are closed).</summary>
    public void Dispose() => _database.Dispose();
}
