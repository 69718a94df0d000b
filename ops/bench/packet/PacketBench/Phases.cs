using System.Diagnostics;
using InterviewLoop.Calibration;
using InterviewLoop.Cli;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Persistence;

namespace InterviewLoop.Bench.Packet;

/// <summary>The measured phases. Every packet is composed from the SQLite event log, rendered and written to disk.</summary>
internal static class Phases
{
    /// <summary>A fresh renderer each run: Chromium starts, then one packet (compose, render, write).</summary>
    public static async Task<double[]> ColdAsync(string database, string dir, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await using (var renderer = new PdfRenderer())
            {
                await OneAsync(database, renderer, Path.Combine(dir, $"cold-{i}.pdf"));
                times.Add(Stats.Ms(watch));
            }
        }
        return [.. times];
    }

    /// <summary>One warm renderer; the first packet warms it and is not counted.</summary>
    public static async Task<(double[] Compose, double[] Render, double[] Total, double CpuMsPerPacket, string Shape)> WarmAsync(string databasePath, string dir, int runs, Memory memory)
    {
        using var database = InterviewLoopDatabase.Open(new DatabaseOptions { Path = databasePath });
        var composer = new PacketComposer(database.EventStore, new LoopCalibrator(), TimeProvider.System);
        await using var renderer = new PdfRenderer();
        await OneAsync(databasePath, renderer, Path.Combine(dir, "warm-up.pdf"));
        var (compose, render, total) = (new double[runs], new double[runs], new double[runs]);
        memory.Paused = true;
        var cpuBefore = CpuTime.TotalMs();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var packet = await composer.ComposeAsync(Setup.FirstLoop);
            compose[i] = Stats.Ms(watch);
            await renderer.WritePdfAsync(packet.Document.Render(), packet.Document.PrintLayout(), Path.Combine(dir, "warm.pdf"));
            total[i] = Stats.Ms(watch);
            render[i] = total[i] - compose[i];
        }
        var cpu = (CpuTime.TotalMs() - cpuBefore) / runs;
        memory.Paused = false;
        return (compose, render, total, cpu, await ShapeAsync(composer, Path.Combine(dir, "warm.pdf")));
    }

    /// <summary><c>interviewloop packets --all</c> in-process: the command a person runs.</summary>
    public static async Task<(double Seconds, int Written)> BulkAsync(string database, string dir)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(["packets", "--all", "-o", dir, "--database", database], stdout, stderr);
        if (exit != 0) throw new InvalidOperationException($"packets --all failed ({exit}): {stderr}");
        return (watch.Elapsed.TotalSeconds, Directory.GetFiles(dir, "*.pdf").Length);
    }

    /// <summary>The command line as a new process: .NET start, database open, Chromium start, one packet.</summary>
    public static async Task<double[]> CliColdAsync(string cliDll, string database, string dir, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { cliDll, "packets", "--loops", Setup.FirstLoop, "-o", Path.Combine(dir, $"cli-{i}"), "--database", database }) start.ArgumentList.Add(a);
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException(await process.StandardError.ReadToEndAsync());
            times.Add(Stats.Ms(watch));
        }
        return [.. times];
    }

    // What the measured packet is: pages, flags, sizes.
    private static async Task<string> ShapeAsync(PacketComposer composer, string pdfPath)
    {
        var packet = await composer.ComposeAsync(Setup.FirstLoop);
        var pdf = await File.ReadAllBytesAsync(pdfPath);
        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
        return $"{packet.Model.Rounds.Count} rounds, {packet.Model.Rounds.Sum(r => r.Scorecards.Count)} scorecards, {packet.Model.Flags.Count} flags; "
            + $"HTML {packet.Document.Render().Length / 1024} KB, PDF {pdf.Length / 1024} KB, {pages} pages";
    }

    private static async Task OneAsync(string databasePath, PdfRenderer renderer, string path)
    {
        using var database = InterviewLoopDatabase.Open(new DatabaseOptions { Path = databasePath });
        var packet = await new PacketComposer(database.EventStore, new LoopCalibrator(), TimeProvider.System).ComposeAsync(Setup.FirstLoop);
        await renderer.WritePdfAsync(packet.Document.Render(), packet.Document.PrintLayout(), path);
    }
}
