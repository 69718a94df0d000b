using InterviewLoop.Grains;
using InterviewLoop.Persistence;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>Reads back what an import left in a database file.</summary>
internal static class StoredLoops
{
    /// <summary>Events in the loop's stream and its rounds' streams; 0 when the database file does not exist.</summary>
    public static async Task<int> EventCountAsync(string databasePath, string loopId, params string[] roundIds)
    {
        if (!File.Exists(databasePath)) return 0;
        using var database = InterviewLoopDatabase.Open(new DatabaseOptions { Path = databasePath });
        var streams = roundIds.Select(r => StreamIds.Round($"{loopId}/{r}")).Prepend(StreamIds.Loop(loopId));
        var count = 0;
        foreach (var stream in streams) count += (await database.EventStore.ReadAsync(stream, 0)).Count;
        return count;
    }
}
