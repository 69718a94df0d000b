using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Bench.Live;

/// <summary>
/// <c>baseline --db PATH --seconds S [--rows-per-commit K]</c>: the plain SQLite loop the server's
/// durable event rate is compared with. Same library (Microsoft.Data.Sqlite + e_sqlite3), same
/// durability (WAL, <c>synchronous=FULL</c>: every commit is fsynced before it returns), the same
/// <c>events</c> table and a payload of a scorecard change's size; one row per event, one commit per
/// row unless K says otherwise. Nothing else: no read models, no version check, no grain.
/// </summary>
internal static class InsertLoopBaseline
{
    private const string SchemaSql = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS events (
            position    INTEGER PRIMARY KEY AUTOINCREMENT,
            stream_id   TEXT    NOT NULL,
            version     INTEGER NOT NULL,
            type        TEXT    NOT NULL,
            payload     TEXT    NOT NULL,
            recorded_at TEXT    NOT NULL,
            CONSTRAINT events_stream_version UNIQUE (stream_id, version)
        );
        """;

    private const string InsertSql = """
        INSERT INTO events (stream_id, version, type, payload, recorded_at)
        VALUES ($stream, $version, 'round.scorecard_changed', $payload, $at);
        """;

    // The size of a stored rating change (interviewer, change with operation id, time).
    private const string Payload = """
        {"interviewerId":"bu-0001","change":{"operationId":"real-0001-000001","field":"note","dimension":"judgment","value":"bench note 123456"},"at":"2026-11-05T17:00:00.0000000+00:00"}
        """;

    public static string Run(BenchArgs args)
    {
        var seconds = args.Number("seconds", 10, 1, 120);
        var rowsPerCommit = args.Number("rows-per-commit", 1, 1, 1000);
        using var connection = Open(args.Text("db"));
        var commits = new List<double>();
        var rows = Loop(connection, TimeSpan.FromSeconds(seconds), rowsPerCommit, commits, out var elapsed);
        commits.Sort();
        return JsonSerializer.Serialize(new
        {
            rows, commits = commits.Count, rowsPerCommit, seconds = elapsed.TotalSeconds,
            rowsPerSecond = rows / elapsed.TotalSeconds,
            commitMsP50 = Percentile(commits, 0.50), commitMsP99 = Percentile(commits, 0.99),
        });
    }

    private static SqliteConnection Open(string path)
    {
        SQLitePCL.Batteries_V2.Init();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var schema = connection.CreateCommand();
        schema.CommandText = SchemaSql;
        schema.ExecuteNonQuery();
        return connection;
    }

    // Bounded by time: stops by itself after the given duration.
    private static long Loop(SqliteConnection connection, TimeSpan duration, int rowsPerCommit, List<double> commitMs, out TimeSpan elapsed)
    {
        using var insert = Insert(connection);
        var clock = Stopwatch.StartNew();
        long rows = 0;
        while (clock.Elapsed < duration)
        {
            var started = clock.Elapsed;
            using (var transaction = rowsPerCommit > 1 ? connection.BeginTransaction() : null)
            {
                insert.Transaction = transaction;
                for (var i = 0; i < rowsPerCommit; i++, rows++) InsertRow(insert, rows);
                transaction?.Commit();
            }
            commitMs.Add((clock.Elapsed - started).TotalMilliseconds);
        }
        elapsed = clock.Elapsed;
        return rows;
    }

    private static SqliteCommand Insert(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = InsertSql;
        command.Parameters.Add("$stream", SqliteType.Text);
        command.Parameters.Add("$version", SqliteType.Integer);
        command.Parameters.Add("$payload", SqliteType.Text).Value = Payload;
        command.Parameters.Add("$at", SqliteType.Text);
        return command;
    }

    private static void InsertRow(SqliteCommand insert, long row)
    {
        // 250 streams, as in the benchmark's 250 rounds.
        insert.Parameters["$stream"].Value = $"round/bench-loop-{row % 250:D4}/r1";
        insert.Parameters["$version"].Value = row / 250 + 1;
        insert.Parameters["$at"].Value = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        insert.ExecuteNonQuery();
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
