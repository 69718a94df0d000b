using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Calibration;

/// <summary>Reads a whole loop and reports flags, a leveling signal and calibrated ratings. Pure and deterministic.</summary>
public interface ILoopCalibrator
{
    /// <summary>Calibrates <paramref name="loop"/>; only submitted scorecards are read.</summary>
    CalibrationReport Calibrate(LoopSnapshot loop);
}
