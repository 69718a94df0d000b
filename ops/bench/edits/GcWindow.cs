using System.Globalization;

namespace InterviewLoop.Bench.Edits;

/// <summary>What the process allocated (MB) and how many collections of each generation it ran in one window.</summary>
internal sealed record GcWindow(double AllocatedMb, int Gen0, int Gen1, int Gen2)
{
    /// <summary>Adds one window to <paramref name="windows"/> every <paramref name="length"/> until cancelled.</summary>
    public static async Task SampleAsync(List<GcWindow> windows, TimeSpan length, CancellationToken stop)
    {
        var (bytes, c0, c1, c2) = Now();
        using var timer = new PeriodicTimer(length);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var (b, n0, n1, n2) = Now();
                // CollectionCount(0) counts every collection; subtract the deeper ones to get gen0-only.
                windows.Add(new GcWindow((b - bytes) / 1e6, (n0 - c0) - (n1 - c1), (n1 - c1) - (n2 - c2), n2 - c2));
                (bytes, c0, c1, c2) = (b, n0, n1, n2);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended; a partial last window is left out.
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{AllocatedMb:F1} | {Gen0} / {Gen1} / {Gen2}");

    private static (long Bytes, int Gen0, int Gen1, int Gen2) Now() =>
        (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
}
