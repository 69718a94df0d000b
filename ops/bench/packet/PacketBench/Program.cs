using System.Diagnostics;
using InterviewLoop.Bench.Packet;

// ops/bench/packet: how long a debrief packet takes (cold and warm), how 100 go in bulk, and peak memory.
// Usage: PacketBench [--loops 100] [--warm 40] [--cli PATH-TO-interviewloop.dll]
var loops = Arg("--loops", 100);
var warm = Arg("--warm", 40);
var cli = args.SkipWhile(a => a != "--cli").Skip(1).FirstOrDefault();
var work = Directory.CreateTempSubdirectory("interviewloop-bench-packet-");
try
{
    var database = Path.Combine(work.FullName, "bench.db");
    Console.Error.WriteLine($"bench: importing {loops} six-round loops into {database}");
    await Setup.ImportAsync(database, loops);
    await using var memory = new Memory();
    var cold = await Phases.ColdAsync(database, work.FullName, runs: 3);
    var (compose, render, total, cpu, shape) = await Phases.WarmAsync(database, work.FullName, warm, memory);
    var bulk = await Phases.BulkAsync(database, Path.Combine(work.FullName, "bulk"));
    var cliCold = cli is null ? [] : await Phases.CliColdAsync(cli, database, work.FullName, runs: 3);
    await memory.DisposeAsync();
    Report.Print(new Results(loops, cold, compose, render, total, cpu, bulk, cliCold, memory), Machine.Describe(), shape);
}
finally
{
    work.Delete(recursive: true);
}

int Arg(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v && int.TryParse(v, out var n) ? n : fallback;

/// <summary>Everything the bench measured, in milliseconds unless named otherwise.</summary>
internal sealed record Results(
    int Loops, double[] Cold, double[] Compose, double[] Render, double[] Warm, double WarmCpuMs, (double Seconds, int Written) Bulk, double[] CliCold, Memory Memory);

/// <summary>Percentiles over a sample.</summary>
internal static class Stats
{
    public static double Percentile(double[] sample, double p)
    {
        if (sample.Length == 0) return double.NaN;
        var sorted = sample.Order().ToArray();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static double Ms(Stopwatch watch) => watch.Elapsed.TotalMilliseconds;
}
