using InterviewLoop.Calibration;
using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>Builds calibration reports by hand so packet tests do not depend on the calibrator.</summary>
internal sealed class ReportBuilder
{
    private readonly List<Flag> _flags = [];
    private readonly List<CalibratedRating> _ratings = [];

    public ReportBuilder Flag(string kind, FlagSeverity severity, string message, params FlagEvidence[] evidence)
    {
        _flags.Add(new Flag(kind, severity, evidence.Select(e => e.Round).Distinct().ToArray(),
            evidence.Select(e => e.Interviewer).Distinct().ToArray(), null, message, evidence));
        return this;
    }

    public ReportBuilder Calibrated(string round, string interviewer, string dimension, int raw, double calibrated)
    {
        _ratings.Add(new CalibratedRating(round, interviewer, dimension, raw, calibrated));
        return this;
    }

    public CalibrationReport Build() =>
        new("loop-test-7", _flags, new LevelSignal(Level.Parse("L4", "test"), 0.72, Level.Parse("L4", "test")), _ratings);
}
