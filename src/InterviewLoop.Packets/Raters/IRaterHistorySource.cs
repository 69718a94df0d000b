namespace InterviewLoop.Packets.Raters;

/// <summary>Where a packet's rater history comes from: the current fit, or a fit as of a recorded position.</summary>
public interface IRaterHistorySource
{
    /// <summary>The history to calibrate a new packet with (the newest fit available).</summary>
    Task<FittedRaters> CurrentAsync(CancellationToken ct = default);

    /// <summary>The history fitted as of <paramref name="position"/> (0: none), to rebuild a packet sealed with it.</summary>
    Task<FittedRaters> AsOfAsync(long position, CancellationToken ct = default);
}
