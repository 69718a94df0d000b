using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets.Sealing;

/// <summary>
/// What a packet carries to prove it is unchanged: the hash of its content and where in the event log
/// that content was read, plus what is needed to print it again identically (paper and generated-at time,
/// which are not part of the hashed content).
/// </summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="Sha256"><see cref="PacketHash"/> of the packet's model, 64 lowercase hex digits.</param>
/// <param name="Position">Event-log position the model was read at, or <c>null</c> for a packet made from a loop document.</param>
/// <param name="Paper">Paper size of the PDF.</param>
/// <param name="GeneratedAt">When the packet was generated (UTC, whole seconds), from the injected clock.</param>
public sealed record PacketSeal(string LoopId, string Sha256, PacketPosition? Position, PaperSize Paper, DateTimeOffset GeneratedAt)
{
    /// <summary>
    /// The global position the rater history was fitted at (docs/decisions/0015; 0: calibrated without history),
    /// or <c>null</c> when the packet was calibrated without a fitted history at all (older seals, loop documents).
    /// </summary>
    public long? RatersPosition { get; init; }

    /// <summary>The first 12 hex digits, for running footers.</summary>
    public string ShortHash => Sha256[..12];
}
