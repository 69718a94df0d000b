namespace InterviewLoop.Grains.Storage;

/// <summary>
/// The event log read across streams in global position order: what a model fitted over every loop
/// (the rater model) reads, as of a position, so that a fit can be repeated later from the same events.
/// </summary>
public interface IEventLog
{
    /// <summary>The global position of the newest event (0 for an empty log).</summary>
    Task<long> LastPositionAsync(CancellationToken ct = default);

    /// <summary>
    /// At most <paramref name="limit"/> (≥ 1) events with <paramref name="afterPosition"/> &lt; position ≤
    /// <paramref name="upToPosition"/>, oldest first. Page through by passing the last position read.
    /// </summary>
    Task<IReadOnlyList<StoredEvent>> ReadAllAsync(long afterPosition, long upToPosition, int limit, CancellationToken ct = default);
}
