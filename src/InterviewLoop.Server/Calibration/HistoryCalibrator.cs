using InterviewLoop.Calibration;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Server.Calibration;

/// <summary>The server's calibration service: <see cref="LoopCalibrator"/> with the current rater history.</summary>
/// <param name="raters">The current rater history.</param>
internal sealed class HistoryCalibrator(CurrentRaters raters) : ILoopCalibrator
{
    /// <inheritdoc />
    public CalibrationReport Calibrate(LoopSnapshot loop) => new LoopCalibrator(raters.Current.History).Calibrate(loop);
}
