namespace InterviewLoop.Server.Bench;

/// <summary>
/// The server process's garbage-collection counters at one moment, for ops/bench/live: it reads them at the
/// start and end of each measured block, so a run reports collections, pause time and allocation per hub.
/// All counters only grow while the process lives.
/// </summary>
/// <param name="Gen0Collections">Collections of generation 0 so far (each gen1 or gen2 collection counts here too).</param>
/// <param name="Gen1Collections">Collections of generation 1 so far (gen2 collections count here too).</param>
/// <param name="Gen2Collections">Full collections so far.</param>
/// <param name="PauseMs">Total time the runtime was paused for collections, in milliseconds.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap so far, all threads.</param>
/// <param name="Gen0MaxBudgetBytes">The gen0 budget cap per GC heap in effect (0 when the runtime reports none); see decision 0017.</param>
public sealed record BenchRuntime(int Gen0Collections, int Gen1Collections, int Gen2Collections, double PauseMs, long AllocatedBytes, long Gen0MaxBudgetBytes)
{
    /// <summary>The counters now.</summary>
    public static BenchRuntime Now() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration().TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true),
        GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var budget) ? Convert.ToInt64(budget, System.Globalization.CultureInfo.InvariantCulture) : 0);
}
