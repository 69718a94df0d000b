using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Bench.Live;

/// <summary>
/// <c>audit --db PATH --acked FILE</c>: after a run, counts <c>round.scorecard_changed</c> events per
/// operation id in the server's SQLite file and checks them against the operation ids the generator
/// saw acknowledged (one per line). An operation applied twice, or acknowledged but not stored, is a
/// failure of the ack-after-durable contract; both must be zero.
/// </summary>
internal static class EventAudit
{
    private const string CountSql = """
        SELECT json_extract(payload, '$.change.operationId'), COUNT(*)
        FROM events WHERE type = 'round.scorecard_changed'
        GROUP BY 1;
        """;

    public static async Task<string> RunAsync(BenchArgs args)
    {
        var stored = ReadStoredCounts(args.Text("db"));
        var acked = (await File.ReadAllLinesAsync(args.Text("acked"))).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        return JsonSerializer.Serialize(new
        {
            scorecardChangedEvents = stored.Values.Sum(),
            distinctOperations = stored.Count,
            operationsAppliedTwiceOrMore = stored.Count(p => p.Value > 1),
            extraEvents = stored.Values.Sum(n => n - 1),
            ackedOperations = acked.Count,
            ackedButNotStored = acked.Count(op => !stored.ContainsKey(op)),
            storedButNotAcked = stored.Keys.Count(op => !acked.Contains(op)),
        });
    }

    private static Dictionary<string, long> ReadStoredCounts(string path)
    {
        SQLitePCL.Batteries_V2.Init();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = CountSql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }
}
