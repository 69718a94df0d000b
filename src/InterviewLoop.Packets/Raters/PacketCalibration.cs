using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;

namespace InterviewLoop.Packets.Raters;

/// <summary>How one packet is calibrated: the calibrator, the rater history it shows, and the position that history was fitted at.</summary>
/// <param name="Calibrator">The calibration service.</param>
/// <param name="Raters">The rater history behind <paramref name="Calibrator"/>, or <c>null</c>.</param>
/// <param name="Position">The position the history was fitted at, recorded in the seal; <c>null</c> for a fixed calibrator.</param>
internal sealed record PacketCalibration(ILoopCalibrator Calibrator, RaterHistory? Raters, long? Position)
{
    /// <summary>Asks for the calibration of a seal that recorded no rater-history position: none, and none recorded again.</summary>
    public const long Unrecorded = -1;

    /// <summary>A source of calibrations by rater-history position (<c>null</c>: the current history).</summary>
    public static Func<long?, CancellationToken, Task<PacketCalibration>> Fixed(ILoopCalibrator calibrator, RaterHistory? raters)
    {
        ArgumentNullException.ThrowIfNull(calibrator);
        var fixedOne = Task.FromResult(new PacketCalibration(calibrator, raters, null));
        return (_, _) => fixedOne;
    }

    /// <summary>Calibrations from <paramref name="source"/>: the current fit, or the fit as of a recorded position.</summary>
    public static Func<long?, CancellationToken, Task<PacketCalibration>> From(IRaterHistorySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return async (position, ct) =>
        {
            if (position == Unrecorded) return new PacketCalibration(new LoopCalibrator(), null, null);
            var fit = position is { } p ? await source.AsOfAsync(p, ct) : await source.CurrentAsync(ct);
            return new PacketCalibration(new LoopCalibrator(fit.History), fit.History, fit.Position);
        };
    }
}
