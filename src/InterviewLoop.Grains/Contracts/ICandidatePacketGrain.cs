using InterviewLoop.Calibration;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Contracts;

/// <summary>
/// The candidate packet of a loop, keyed by loop id: gathers the loop and its rounds into one
/// <see cref="LoopSnapshot"/> and calibrates it. Holds no state of its own; reads are always fresh.
/// </summary>
public interface ICandidatePacketGrain : IGrainWithStringKey
{
    /// <summary>The whole loop with every scorecard; throws <see cref="Domain.NotFoundException"/> for an unknown loop.</summary>
    Task<LoopSnapshot> GetSnapshot();

    /// <summary>The calibration report over the submitted scorecards.</summary>
    Task<CalibrationReport> Calibrate();
}
