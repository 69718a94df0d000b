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
/// (the worst single run on a shared machine says more about its neighbours than about the code),
/// and the process CPU time per run: on a loaded machine wall time includes waiting for the core.
/// </summary>
internal static class SpeedSection
{
    public static void Run(BenchOptions options)
    {
        var pinned = Pin();
        var history = RaterSimulation.Generate(new SimulationSettings { Loops = options.Loops, Raters = Math.Max(20, options.Loops / 10) });
        Console.WriteLine($"## Speed ({(pinned ? "pinned to one core" : "not pinned")}, single-threaded code)");
        Console.WriteLine($"Load average at start: {LoadAverage()}");
        Console.WriteLine("| operation | median (wall) | p99 (wall) | CPU per run | target |");
        Console.WriteLine("|---|---|---|---|---|");
        RaterFit? fit = null;
        var fitTimes = Time(7, () => fit = RaterModel.Fit(history.Loops));
        Row($"fit {history.RatingCount:N0} ratings across {history.Loops.Count:N0} loops ({fit!.Sweeps} sweeps)", fitTimes, "< 2 s");
        var loops = CalibrationLoops(options);
        Row($"calibrate one loop, no history ({loops.Length} loops × 50)", PerLoop(loops, new LoopCalibrator()), "< 20 ms");
        Row("calibrate one loop, with history", PerLoop(loops, new LoopCalibrator(fit.History)), "< 20 ms");
        var heavy = Enumerable.Range(1, 20).Select(i => InterviewLoop.Bench.Packet.BenchLoop.Create($"heavy-{i:000}", i)).ToArray();
        Row($"calibrate one six-round loop (12 scorecards, {TextOf(heavy[0]):N0} characters of notes), no history", PerLoop(heavy, new LoopCalibrator()), "< 20 ms");
        var simulated = history.Loops.Take(200).ToArray();
        Row("calibrate one simulated loop (49 ratings), with history", PerLoop(simulated, new LoopCalibrator(fit.History)), "< 20 ms");
        Console.WriteLine();
    }

    private static int TextOf(LoopSnapshot loop) =>
        loop.SubmittedScorecards.Sum(x => x.Scorecard.Summary.Length + x.Scorecard.Notes.Sum(n => n.Text.Length));

    private static LoopSnapshot[] CalibrationLoops(BenchOptions options) =>
        Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(options.LabeledManifest)!, "Documents"), "*.json")
            .Append(options.SampleLoop).Select(f => LoopDocumentReader.Read(File.ReadAllText(f))).ToArray();

    private static (double[] Wall, double Cpu) PerLoop(IReadOnlyList<LoopSnapshot> loops, LoopCalibrator calibrator)
    {
        foreach (var loop in loops) calibrator.Calibrate(loop);
        var runs = loops.Select(loop => Time(50, () => calibrator.Calibrate(loop))).ToArray();
        return (runs.SelectMany(r => r.Wall).ToArray(), runs.Average(r => r.Cpu));
    }

    private static (double[] Wall, double Cpu) Time(int runs, Action action)
    {
        action();
        GC.Collect();
        var times = new double[runs];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        return (times, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs);
    }

    private static void Row(string what, (double[] Wall, double Cpu) time, string target)
    {
        var sorted = time.Wall.Order().ToArray();
        var p99 = sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)];
        Console.WriteLine($"| {what} | {Format(sorted[sorted.Length / 2])} | {Format(p99)} | {Format(time.Cpu)} | {target} |");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

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
