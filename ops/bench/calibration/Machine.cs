using System.Runtime.InteropServices;

namespace InterviewLoop.Bench.Calibration;

/// <summary>The machine the numbers were taken on, for docs/benchmarks.md.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim()
            : null;
        return $"## Machine\n{RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}; " +
               $"{Environment.ProcessorCount} logical cores (nproc); {memory:0} GB memory; CPU: {cpu ?? "unknown"}\n";
    }
}
