using System.Diagnostics;
using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Calibration.Tests.Simulation;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Interchange;

namespace InterviewLoop.Bench.Calibration;

/// <summary>
/// Wall-clock timings on one core (the process is pinned to CPU 0 where the OS allows): fitting the
/// rater model over the simulated history, and calibrating one loop, with and without history.
/// Each figure is the median of repeated runs after a warm-up, with the 99th percentile beside it
/// (the worst single run on a shared machine says more about its neighbours than about the code).
/// </summary>
internal static class SpeedSection
{
    public static void Run(BenchOptions options)
    {
        var pinned = Pin();
        var history = RaterSimulation.Generate(new SimulationSettings { Loops = options.Loops, Raters = Math.Max(20, options.Loops / 10) });
        Console.WriteLine($"## Speed ({(pinned ? "pinned to one core" : "not pinned")}, single-threaded code)");
        Console.WriteLine("| operation | median | p99 | target |");
        Console.WriteLine("|---|---|---|---|");
        RaterFit? fit = null;
        var fitTimes = Time(7, () => fit = RaterModel.Fit(history.Loops));
        Row($"fit {history.RatingCount:N0} ratings across {history.Loops.Count:N0} loops ({fit!.Sweeps} sweeps)", fitTimes, "< 2 s");
        var loops = CalibrationLoops(options);
        Row($"calibrate one loop, no history ({loops.Length} loops × 50)", PerLoop(loops, new LoopCalibrator()), "< 20 ms");
        Row("calibrate one loop, with history", PerLoop(loops, new LoopCalibrator(fit.History)), "< 20 ms");
        var simulated = history.Loops.Take(200).ToArray();
        Row("calibrate one simulated loop (49 ratings), with history", PerLoop(simulated, new LoopCalibrator(fit.History)), "< 20 ms");
        Console.WriteLine();
    }

    private static LoopSnapshot[] CalibrationLoops(BenchOptions options) =>
        Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(options.LabeledManifest)!, "Documents"), "*.json")
            .Append(options.SampleLoop).Select(f => LoopDocumentReader.Read(File.ReadAllText(f))).ToArray();

    private static double[] PerLoop(IReadOnlyList<LoopSnapshot> loops, LoopCalibrator calibrator)
    {
        foreach (var loop in loops) calibrator.Calibrate(loop);
        return loops.SelectMany(loop => Time(50, () => calibrator.Calibrate(loop))).ToArray();
    }

    private static double[] Time(int runs, Action action)
    {
        action();
        GC.Collect();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        return times;
    }

    private static void Row(string what, double[] ms, string target)
    {
        var sorted = ms.Order().ToArray();
        var p99 = sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)];
        Console.WriteLine($"| {what} | {Format(sorted[sorted.Length / 2])} | {Format(p99)} | {target} |");
    }

    private static string Format(double ms) => ms >= 1000 ? $"{ms / 1000:0.00} s" : ms >= 1 ? $"{ms:0.0} ms" : $"{ms * 1000:0} µs";

    private static bool Pin()
    {
        try
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows()) return false;
            Process.GetCurrentProcess().ProcessorAffinity = 1;
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
