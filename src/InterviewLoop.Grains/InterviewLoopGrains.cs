using InterviewLoop.Calibration;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Grains.Loops;
using InterviewLoop.Grains.Packets;
using InterviewLoop.Grains.Rounds;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains;

/// <summary>Composition of InterviewLoop's grains on a <see cref="GrainHost"/>.</summary>
public static class InterviewLoopGrains
{
    /// <summary>The catalog of loop, round and candidate-packet grains.</summary>
    public static GrainCatalog Catalog(ILoopCalibrator calibrator, IRoundObserver observer) => new GrainCatalog()
        .Add<ILoopGrain>(() => new LoopGrain())
        .Add<IRoundGrain>(() => new RoundGrain(observer))
        .Add<ICandidatePacketGrain>(() => new CandidatePacketGrain(calibrator));

    /// <summary>A host running InterviewLoop's grains over <paramref name="store"/>.</summary>
    public static GrainHost CreateHost(
        IEventStore store, ILoopCalibrator calibrator, IRoundObserver observer, TimeProvider clock, GrainHostOptions? options = null) =>
        new(Catalog(calibrator, observer), store, clock, options);
}
