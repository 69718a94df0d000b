using System.Diagnostics;
using System.Globalization;

namespace InterviewLoop.Bench.Packet;

/// <summary>Prints the results as the markdown of docs/benchmarks.md's "Packets" section.</summary>
internal static class Report
{
    public static void Print(Results r, string machine, string shape)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"""
            {machine}
            Load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (other work on the machine inflates wall times).
            Measured packet: {shape}.

            | measure | result | target |
            |---|---|---|
            | cold packet, in process (Chromium start + compose + render + write), median of {r.Cold.Length} | {Stats.Percentile(r.Cold, .5):0} ms (max {r.Cold.Max():0} ms) | ≤ 3 s |
            | cold packet, CLI process (`packets --loops 1 id`), median of {r.CliCold.Length} | {Fmt(r.CliCold, .5)} | ≤ 3 s |
            | warm packet, 6 rounds × 2 scorecards, p50 over {r.Warm.Length} | {Stats.Percentile(r.Warm, .5):0} ms | ≤ 250 ms |
            | warm packet p95 | {Stats.Percentile(r.Warm, .95):0} ms | |
            | warm packet CPU time, all processes (load-independent) | {r.WarmCpuMs:0} ms | |
            | of which compose (read log, calibrate, project, hash), p50 | {Stats.Percentile(r.Compose, .5):0.0} ms | |
            | of which render + write PDF, p50 | {Stats.Percentile(r.Render, .5):0} ms | |
            | bulk: `packets --all`, {r.Bulk.Written} packets | {r.Bulk.Seconds:0.0} s ({r.Bulk.Seconds * 1000 / Math.Max(1, r.Bulk.Written):0} ms per packet) | |
            | peak memory: .NET process (RSS) | {Mb(r.Memory.PeakDotnetBytes)} | |
            | peak memory: Playwright driver + Chromium (sum of PSS) | {Mb(r.Memory.PeakChildrenBytes)} | |
            | peak memory: total | {Mb(r.Memory.PeakTotalBytes)} | |
            """));
    }

    private static string Fmt(double[] sample, double p) =>
        sample.Length == 0 ? "not run (no --cli)" : string.Create(CultureInfo.InvariantCulture, $"{Stats.Percentile(sample, p):0} ms (max {sample.Max():0} ms)");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0} MB");
}

/// <summary>What the numbers were measured on.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kb = long.Parse(memory.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        return string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} CPUs (nproc), {kb / 1024.0 / 1024.0:0.0} GB memory, {cpu}; {Run("/usr/bin/chromium", "--version")}; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}.");
    }

    private static string Run(string file, string arg)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, arg) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"{file} not found";
        }
    }
}
