using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Sealing;

namespace InterviewLoop.Packets;

/// <summary>A packet's content with its seal: everything needed to render the web page or the PDF.</summary>
/// <param name="Model">The canonical content.</param>
/// <param name="Seal">Hash, event-log position, paper and generated-at time.</param>
public sealed record SealedPacket(PacketModel Model, PacketSeal Seal)
{
    /// <summary>The document (one template for web and PDF).</summary>
    public DebriefPacketDocument Document => new(Model, Seal);
}
