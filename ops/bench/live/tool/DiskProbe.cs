using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace InterviewLoop.Bench.Live;

/// <summary>
/// <c>probe --file PATH --seconds S [--interval-ms 20] --out CSV</c>: how long the disk takes to make
/// 4 KB durable (write, then fsync) every interval, while the benchmark runs beside it. Each sample is
/// written at once as <c>unix_ms,fsync_ms</c> (the generator may stop the probe before S seconds), so
/// the report can line it up with the latency of each hub.
/// </summary>
internal static class DiskProbe
{
    public static string Run(BenchArgs args)
    {
        var duration = TimeSpan.FromSeconds(args.Number("seconds", 60, 1, 900));
        var interval = TimeSpan.FromMilliseconds(args.Number("interval-ms", 20, 1, 10_000));
        using var samples = new StreamWriter(args.Text("out")) { AutoFlush = true };
        samples.Write("unix_ms,fsync_ms\n");
        var block = new byte[4096];
        using (var file = new FileStream(args.Text("file"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            // Bounded by time: stops by itself after the given duration.
            var clock = Stopwatch.StartNew();
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var started = clock.Elapsed;
                file.Position = i % 64 * block.Length;
                file.Write(block);
                file.Flush(flushToDisk: true);
                var ms = (clock.Elapsed - started).TotalMilliseconds;
                samples.Write(string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()},{ms:F3}\n"));
                var rest = interval - (clock.Elapsed - started);
                if (rest > TimeSpan.Zero) Thread.Sleep(rest);
            }
        }
        File.Delete(args.Text("file"));
        return JsonSerializer.Serialize(new { samples = args.Text("out") });
    }
}
