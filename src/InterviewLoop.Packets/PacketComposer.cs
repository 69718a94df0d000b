using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Packets.Projections;
using InterviewLoop.Packets.Raters;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets;

/// <summary>
/// Builds sealed debrief packets: reads the loop from the event log (now, or as of a recorded position), calibrates
/// it, projects the packet model and seals it (SHA-256 of its canonical content, the position it was read at). The
/// server, the command line and <c>verify</c> all build packets here, so they never disagree about the content.
/// </summary>
public sealed class PacketComposer
{
    private readonly LoopRecordReader _reader;
    private readonly TimeProvider _clock;
    private readonly Func<long?, CancellationToken, Task<PacketCalibration>> _calibratingAt;

    /// <summary>
    /// A composer over <paramref name="store"/> with a fixed (deterministic) <paramref name="calibrator"/>, whose rater
    /// history, if any, is <paramref name="raters"/> (shown as each rater's severity); times from <paramref name="clock"/>.
    /// Its seals record no rater-history position, so verifying one needs the same history again.
    /// </summary>
    public PacketComposer(IEventStore store, ILoopCalibrator calibrator, TimeProvider clock, RaterHistory? raters = null)
        : this(store, clock, PacketCalibration.Fixed(calibrator, raters))
    {
    }

    /// <summary>
    /// A composer that calibrates with the rater history of <paramref name="raters"/>: the current fit for a new
    /// packet, whose seal records the position it was fitted at (<see cref="PacketSeal.RatersPosition"/>), and the
    /// fit as of that position to rebuild a sealed packet (docs/decisions/0015).
    /// </summary>
    public PacketComposer(IEventStore store, IRaterHistorySource raters, TimeProvider clock)
        : this(store, clock, PacketCalibration.From(raters))
    {
    }

    private PacketComposer(IEventStore store, TimeProvider clock, Func<long?, CancellationToken, Task<PacketCalibration>> calibratingAt) =>
        (_reader, _clock, _calibratingAt) = (new LoopRecordReader(store), clock, calibratingAt);

    /// <summary>The packet of <paramref name="loopId"/> as the log has it now. Throws <see cref="Domain.NotFoundException"/> for an unknown loop.</summary>
    public async Task<SealedPacket> ComposeAsync(string loopId, PaperSize paper = PaperSize.A4, CancellationToken ct = default) =>
        Seal(await _reader.ReadAsync(loopId, null, ct), await _calibratingAt(null, ct), paper, SealTime.Now(_clock));

    /// <summary>
    /// The packet of <paramref name="loopId"/> as of <paramref name="position"/>, stamped with a given paper and time, without
    /// rater history (or with the fixed calibrator). Throws <see cref="Domain.NotFoundException"/> or <see cref="PacketPositionException"/> when the log has no such loop or position.
    /// </summary>
    public async Task<SealedPacket> ComposeAtAsync(
        string loopId, PacketPosition position, PaperSize paper, DateTimeOffset generatedAt, CancellationToken ct = default) =>
        Seal(await _reader.ReadAsync(loopId, position, ct), await _calibratingAt(PacketCalibration.Unrecorded, ct), paper, generatedAt);

    /// <summary>The packet <paramref name="seal"/> was made from: its loop, position, paper, time and rater-history position.</summary>
    public async Task<SealedPacket> ComposeAtAsync(PacketSeal seal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var position = seal.Position ?? throw new PacketPositionException("the seal has no event-log position");
        var record = await _reader.ReadAsync(seal.LoopId, position, ct);
        return Seal(record, await _calibratingAt(seal.RatersPosition ?? PacketCalibration.Unrecorded, ct), seal.Paper, seal.GeneratedAt);
    }

    /// <summary>The packet of a loop document: no event log, so its seal carries no position.</summary>
    public static SealedPacket FromDocument(
        LoopSnapshot loop, ILoopCalibrator calibrator, TimeProvider clock, PaperSize paper = PaperSize.A4, RaterHistory? raters = null)
    {
        ArgumentNullException.ThrowIfNull(calibrator);
        return Seal(LoopRecord.FromDocument(loop), new PacketCalibration(calibrator, raters, null), paper, SealTime.Now(clock));
    }

    private static SealedPacket Seal(LoopRecord record, PacketCalibration calibrating, PaperSize paper, DateTimeOffset generatedAt)
    {
        var model = PacketProjection.From(record, calibrating.Calibrator.Calibrate(record.Loop), calibrating.Raters);
        var seal = new PacketSeal(model.LoopId, PacketHash.Of(model), record.Position, paper, generatedAt) { RatersPosition = calibrating.Position };
        return new SealedPacket(model, seal);
    }
}
