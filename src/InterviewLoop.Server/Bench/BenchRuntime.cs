namespace InterviewLoop.Server.Bench;

/// <summary>
/// The server process's garbage-collection counters at one moment, for ops/bench/live: it reads them at the
/// start and end of each measured block, so a run reports collections and pause time per hub. Both only grow
/// while the process lives. (No allocation count: <c>GC.GetTotalAllocatedBytes</c> gave deltas that did not
/// follow the load under server GC, see docs/benchmarks.md.)
/// </summary>
/// <param name="Gen0Collections">Collections of generation 0 so far (each gen1 or gen2 collection counts here too).</param>
/// <param name="Gen1Collections">Collections of generation 1 so far (gen2 collections count here too).</param>
/// <param name="Gen2Collections">Full collections so far.</param>
/// <param name="PauseMs">Total time the runtime was paused for collections, in milliseconds.</param>
/// <param name="Gen0MaxBudgetBytes">The gen0 budget cap per GC heap in effect (0 when the runtime reports none); see decision 0017.</param>
public sealed record BenchRuntime(int Gen0Collections, int Gen1Collections, int Gen2Collections, double PauseMs, long Gen0MaxBudgetBytes)
{
    /// <summary>The counters now.</summary>
    public static BenchRuntime Now() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration().TotalMilliseconds,
        GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var budget) ? Convert.ToInt64(budget, System.Globalization.CultureInfo.InvariantCulture) : 0);
}
