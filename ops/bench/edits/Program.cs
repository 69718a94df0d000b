using System.Diagnostics;
using System.Globalization;
using InterviewLoop.Bench.Edits;
using InterviewLoop.Calibration;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence;

// Live edits in process, in ops/bench/live's load shape (250 rounds, panels of 4, a rating or a note change on
// one of seven dimensions, half each, by an interviewer picked at random), through the round grains over a
// fresh SQLite file with durable commits; no SignalR. Prints Markdown.
// Usage: ops/bench/edits/run [seconds (20)] [warm-up seconds (5)] [edits per second (0: back to back)] [store: sqlite | memory]
// "memory" keeps events in process (no writer thread, no SQLite, no fsync): the grain's share of an edit alone.
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var warmUp = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var rate = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
var inMemory = args.Length > 3 && args[3] switch
{
    "memory" => true,
    "sqlite" => false,
    _ => throw new ArgumentException($"store: '{args[3]}' is not one of sqlite, memory"),
};
var work = Directory.CreateTempSubdirectory("interviewloop-bench-edits.");
try
{
    // No database at all for "memory": opening one (and running its migrations) would be work the run never uses.
    using var database = inMemory ? null : InterviewLoopDatabase.Open(new DatabaseOptions { Path = Path.Combine(work.FullName, "edits.db") });
    IEventStore store = database?.EventStore ?? new InMemoryEventStore();
    await using var host = InterviewLoopGrains.CreateHost(store, new LoopCalibrator(), NullRoundObserver.Instance, TimeProvider.System);
    var load = new EditLoad(host);
    await load.ScheduleAsync();
    await load.RunAsync(TimeSpan.FromSeconds(warmUp));
    if (rate > 0) await Report.PacedAsync(load, seconds, rate);
    else await Report.BackToBackAsync(load, seconds);
}
finally
{
    work.Delete(recursive: true);
}

/// <summary>The two ways of running the load, each printing its table.</summary>
internal static class Report
{
    /// <summary>Back to back: what one edit allocates and what the collector promotes and pauses for.</summary>
    public static async Task BackToBackAsync(EditLoad load, int seconds)
    {
        using var gc = new GcEvents { Counting = true };
        var before = gc.Totals();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var edits = await load.RunAsync(TimeSpan.FromSeconds(seconds));
        var elapsed = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var totals = gc.Totals().Minus(before);
        Console.WriteLine("| edits/s | allocated per edit (KB) | promoted out of gen0 / gen1 per edit (bytes) | collections gen0 / gen1 / gen2 per 1,000 edits | pause ms per s |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        Console.WriteLine(
            Invariant($"| {edits / elapsed:F0} | {allocated / (double)edits / 1024:F2} | {totals.Promoted0 / (double)edits:F0} / {totals.Promoted1 / (double)edits:F0} | ") +
            Invariant($"{1000.0 * totals.Gen0 / edits:F2} / {1000.0 * totals.Gen1 / edits:F2} / {1000.0 * totals.Gen2 / edits:F2} | {totals.PauseMs / elapsed:F1} |"));
    }

    /// <summary>
    /// Open loop at <paramref name="rate"/> edits/s: per 20-s window, latency to acknowledgement, and what the process
    /// allocated and collected in that window, to see whether anything drifts within a run.
    /// </summary>
    public static async Task PacedAsync(EditLoad load, int seconds, int rate)
    {
        var windows = new List<GcWindow>();
        using var stop = new CancellationTokenSource();
        var sampler = GcWindow.SampleAsync(windows, TimeSpan.FromSeconds(20), stop.Token);
        var latencies = await load.RunPacedAsync(TimeSpan.FromSeconds(seconds), rate);
        await stop.CancelAsync();
        await sampler;
        Console.WriteLine("| window (s) | edits | latency p50 / p99 / max (ms) | allocated (MB) | collections gen0 / gen1 / gen2 |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var window in latencies.GroupBy(l => (int)(l.AtSeconds / 20)).OrderBy(g => g.Key))
        {
            var ms = window.Select(l => l.Ms).Order().ToArray();
            var gc = window.Key < windows.Count ? windows[window.Key].ToString() : "- | -";
            Console.WriteLine(Invariant($"| {window.Key * 20}-{(window.Key + 1) * 20} | {ms.Length} | {At(ms, 0.50):F2} / {At(ms, 0.99):F2} / {ms[^1]:F2} | {gc} |"));
        }
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * quantile))];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
