using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Packets.Projections;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets;

/// <summary>
/// Builds sealed debrief packets: reads the loop from the event log (now, or as of a recorded position),
/// calibrates it, projects the packet model and seals it with the SHA-256 of its canonical content and the
/// position it was read at. The server, the command line and <c>verify</c> all build packets here, so a
/// packet and its verification can never disagree about what the content is.
/// </summary>
/// <param name="store">The event log.</param>
/// <param name="calibrator">The calibration service (deterministic: same loop, same report).</param>
/// <param name="clock">Source of generated-at times.</param>
/// <param name="raters">
/// The rater history <paramref name="calibrator"/> calibrates with, to show each rater's severity; <c>null</c>
/// without one. Verifying a packet needs the same history: it is part of what the content was computed from.
/// </param>
public sealed class PacketComposer(IEventStore store, ILoopCalibrator calibrator, TimeProvider clock, RaterHistory? raters = null)
{
    private readonly LoopRecordReader _reader = new(store);

    /// <summary>The packet of <paramref name="loopId"/> as the log has it now. Throws <see cref="Domain.NotFoundException"/> for an unknown loop.</summary>
    public async Task<SealedPacket> ComposeAsync(string loopId, PaperSize paper = PaperSize.A4, CancellationToken ct = default) =>
        Seal(await _reader.ReadAsync(loopId, null, ct), calibrator, raters, paper, WholeSeconds(clock));

    /// <summary>
    /// The packet of <paramref name="loopId"/> as of <paramref name="position"/>, stamped with a given paper and
    /// time so that it prints exactly like the packet that recorded the position. Throws <see cref="Domain.NotFoundException"/>
    /// or <see cref="PacketPositionException"/> when the log has no such loop or position.
    /// </summary>
    public async Task<SealedPacket> ComposeAtAsync(
        string loopId, PacketPosition position, PaperSize paper, DateTimeOffset generatedAt, CancellationToken ct = default) =>
        Seal(await _reader.ReadAsync(loopId, position, ct), calibrator, raters, paper, generatedAt);

    /// <summary>The packet of a loop document: no event log, so its seal carries no position.</summary>
    public static SealedPacket FromDocument(LoopSnapshot loop, ILoopCalibrator calibrator, TimeProvider clock, PaperSize paper = PaperSize.A4)
    {
        ArgumentNullException.ThrowIfNull(calibrator);
        ArgumentNullException.ThrowIfNull(clock);
        return Seal(LoopRecord.FromDocument(loop), calibrator, null, paper, WholeSeconds(clock));
    }

    private static SealedPacket Seal(LoopRecord record, ILoopCalibrator calibrator, RaterHistory? raters, PaperSize paper, DateTimeOffset generatedAt)
    {
        var model = PacketProjection.From(record, calibrator.Calibrate(record.Loop), raters);
        return new SealedPacket(model, new PacketSeal(model.LoopId, PacketHash.Of(model), record.Position, paper, generatedAt));
    }

    // Whole seconds: the seal line carries the time to the second, and a re-print must match it exactly.
    private static DateTimeOffset WholeSeconds(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
