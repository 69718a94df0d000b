using System.Security.Cryptography;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Sealing;

/// <summary>The packet's content hash: SHA-256 over the <see cref="CanonicalJson"/> of its <see cref="PacketModel"/>.</summary>
public static class PacketHash
{
    /// <summary>64 lowercase hex digits. Equal models (same events, same calibration) give equal hashes on any machine.</summary>
    public static string Of(PacketModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Serialize(model)));
    }
}
