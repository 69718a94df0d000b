using InterviewLoop.Calibration.Raters;

namespace InterviewLoop.Packets.Raters;

/// <summary>
/// A rater history fitted over every loop's submitted ratings as of one global event-log position.
/// Fitting the same log as of the same position gives the same history: that is what lets a sealed
/// packet be verified later (docs/decisions/0015).
/// </summary>
/// <param name="History">What the model learned; <see cref="RaterHistory.Empty"/> when there were no ratings.</param>
/// <param name="Position">The global position fitted at: every event at or below it was read, none above (0: nothing).</param>
/// <param name="FittedAt">When the fit was made (UTC); not part of the history.</param>
/// <param name="Ratings">Submitted ratings fitted.</param>
/// <param name="Loops">Loops those ratings came from.</param>
public sealed record FittedRaters(RaterHistory History, long Position, DateTimeOffset FittedAt, int Ratings, int Loops)
{
    /// <summary>No history: calibrated equals raw. Position 0.</summary>
    public static FittedRaters None { get; } = new(RaterHistory.Empty, 0, DateTimeOffset.UnixEpoch, 0, 0);
}
