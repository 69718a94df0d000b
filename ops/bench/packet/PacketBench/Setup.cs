using InterviewLoop.Calibration;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Persistence;

namespace InterviewLoop.Bench.Packet;

/// <summary>Fills a fresh SQLite database with bench loops through the real grains and event store.</summary>
internal static class Setup
{
    public const string FirstLoop = "bench-001";

    public static async Task ImportAsync(string databasePath, int count)
    {
        using var database = InterviewLoopDatabase.Open(new DatabaseOptions { Path = databasePath });
        await using var host = InterviewLoopGrains.CreateHost(database.EventStore, new LoopCalibrator(), NullRoundObserver.Instance, TimeProvider.System);
        for (var i = 1; i <= count; i++)
        {
            var id = $"bench-{i:000}";
            await host.GetGrain<ILoopGrain>(id).Create(BenchLoop.Create(id, i));
        }
    }
}
