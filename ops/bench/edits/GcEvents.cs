using System.Diagnostics.Tracing;

namespace InterviewLoop.Bench.Edits;

/// <summary>
/// Listens to the runtime's own GC events in this process: collections per generation, bytes promoted out of
/// gen0 and gen1, and the time the runtime was suspended for them (SuspendEE begin to RestartEE end).
/// </summary>
internal sealed class GcEvents : EventListener
{
    private readonly int[] _collections = new int[3];
    private long _promoted0;
    private long _promoted1;
    private double _pauseMs;
    private DateTime _suspended;

    /// <summary>Counts only while true.</summary>
    public bool Counting { get; set; }

    public GcTotals Totals()
    {
        lock (_collections) return new GcTotals(_collections[0], _collections[1], _collections[2], _promoted0, _promoted1, _pauseMs);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Keyword 0x1 is GC; Informational carries the start, heap-stats and suspension events.
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Counting || eventData.EventName is not { } name) return;
        lock (_collections)
        {
            if (name.StartsWith("GCStart", StringComparison.Ordinal) && Value(eventData, "Depth") is >= 0 and < 3 and var depth) _collections[depth]++;
            else if (name.StartsWith("GCHeapStats", StringComparison.Ordinal))
            {
                _promoted0 += Value(eventData, "TotalPromotedSize0");
                _promoted1 += Value(eventData, "TotalPromotedSize1");
            }
            else if (name.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal)) _suspended = eventData.TimeStamp;
            else if (name.StartsWith("GCRestartEEEnd", StringComparison.Ordinal) && _suspended != default)
                _pauseMs += (eventData.TimeStamp - _suspended).TotalMilliseconds;
        }
    }

    private static long Value(EventWrittenEventArgs e, string payload)
    {
        var i = e.PayloadNames?.IndexOf(payload) ?? -1;
        return i < 0 ? -1 : Convert.ToInt64(e.Payload![i], System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>GC counts over a measured stretch.</summary>
internal sealed record GcTotals(int Gen0, int Gen1, int Gen2, long Promoted0, long Promoted1, double PauseMs)
{
    public GcTotals Minus(GcTotals before) => new(
        Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, Promoted0 - before.Promoted0, Promoted1 - before.Promoted1, PauseMs - before.PauseMs);
}
