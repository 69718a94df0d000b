using InterviewLoop.Calibration;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

/// <summary>A host over a given store with the idle timer off, so tests collect by hand.</summary>
internal static class GrainFixture
{
    public static readonly GrainHostOptions ManualCollection = new()
    {
        IdleTimeout = TimeSpan.FromMinutes(10),
        CollectionInterval = Timeout.InfiniteTimeSpan,
    };

    public static GrainHost Host(IEventStore store, TimeProvider? clock = null, IRoundObserver? observer = null) =>
        InterviewLoopGrains.CreateHost(store, new NoFlags(), observer ?? NullRoundObserver.Instance, clock ?? new ManualClock(), ManualCollection);

    /// <summary>A calibrator that finds nothing; grain tests are not about calibration.</summary>
    private sealed class NoFlags : ILoopCalibrator
    {
        public CalibrationReport Calibrate(LoopSnapshot loop) =>
            new(loop.LoopId, [], new LevelSignal(null, 0, loop.Role.TargetLevel), []);
    }
}
