using System.Globalization;

namespace InterviewLoop.Bench.Packet;

/// <summary>
/// Samples memory every 50 ms: this process's resident set, and the proportional set size (PSS, shared
/// pages split between sharers, so summing processes does not double count) of every descendant process:
/// the Playwright driver and Chromium's browser, renderer, GPU and zygote processes. Sampling costs CPU
/// itself, so it runs around the cold and bulk phases and is paused while warm packets are timed.
/// </summary>
internal sealed class Memory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private volatile bool _paused;

    public Memory() => _sampler = Task.Run(SampleAsync);

    public bool Paused { get => _paused; set => _paused = value; }

    public long PeakDotnetBytes { get; private set; }

    public long PeakChildrenBytes { get; private set; }

    public long PeakTotalBytes { get; private set; }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync();
        await _sampler;
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        do
        {
            if (_paused) continue;
            var own = Environment.WorkingSet;
            var children = Descendants(Environment.ProcessId).Sum(Pss);
            PeakDotnetBytes = Math.Max(PeakDotnetBytes, own);
            PeakChildrenBytes = Math.Max(PeakChildrenBytes, children);
            PeakTotalBytes = Math.Max(PeakTotalBytes, own + children);
        }
        while (await Tick(timer));
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* the process ended while we looked */ }
        }
        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key)) { found.Add(child); queue.Enqueue(child); }
        }
        return found;
    }

    private static long Pss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
