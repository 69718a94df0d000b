using InterviewLoop.Grains;
using InterviewLoop.Persistence;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>Reads back what an import left in a database.</summary>
internal static class StoredLoops
{
    /// <summary>Events in the loop's stream and its rounds' streams; 0 when the database file does not exist.</summary>
    public static async Task<int> EventCountAsync(string databasePath, string loopId, params string[] roundIds) =>
        File.Exists(databasePath) ? await EventCountAsync(new DatabaseOptions { Path = databasePath }, loopId, roundIds) : 0;

    /// <summary>Events in the loop's stream and its rounds' streams of the database of <paramref name="options"/>.</summary>
    public static async Task<int> EventCountAsync(DatabaseOptions options, string loopId, params string[] roundIds)
    {
        using var database = InterviewLoopDatabase.Open(options);
        var streams = roundIds.Select(r => StreamIds.Round($"{loopId}/{r}")).Prepend(StreamIds.Loop(loopId));
        var count = 0;
        foreach (var stream in streams) count += (await database.EventStore.ReadAsync(stream, 0)).Count;
        return count;
    }
}
