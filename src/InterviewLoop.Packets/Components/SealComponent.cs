using System.Text;
using InterviewLoop.Packets.Sealing;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>
/// The seal block on page one: the content hash and event-log position for people, and the same in
/// one machine-readable line (<see cref="SealText"/>) that <c>interviewloop verify</c> reads back.
/// </summary>
internal static class SealComponent
{
    public static void Compose(StringBuilder html, PacketSeal seal)
    {
        var source = seal.Position is { } p
            ? $"Read from the event log at position {E(p.ToString())}.{RatersText(seal)} Generated {Time(seal.GeneratedAt)}. Check that it still matches the database with <code>ops/interviewloop verify PACKET.pdf</code>."
            : $"Made from a loop document, not from the database: there is no event-log position to check it against. Generated {Time(seal.GeneratedAt)}.";
        html.Append($"""
            <section class="seal"><p><strong>Seal</strong> · SHA-256 of this packet's content: <code>{E(seal.Sha256)}</code></p>
            <p>{source}</p>
            <p class="seal-line">{E(SealText.Format(seal))}</p></section>

            """);
    }

    private static string RatersText(PacketSeal seal) => seal.RatersPosition switch
    {
        null => "",
        0 => " Calibrated without rater history (none fitted yet).",
        var h => $" Calibrated with the rater history fitted over every loop up to position {h}.",
    };
}
