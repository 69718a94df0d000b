using InterviewLoop.Domain;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Cli;

/// <summary>What <c>verify</c> concluded, as the one line it prints.</summary>
/// <param name="Verified">True when the packet matches the database (exit 0).</param>
/// <param name="Line">"verified: ..." or "does not match: ...".</param>
internal sealed record Verdict(bool Verified, string Line);

/// <summary>
/// Checks a sealed packet PDF against the database in three steps: the content hash at the packet's own
/// position (were the database's events changed?), the PDF's text against a fresh print of that content
/// (was the PDF edited?), and the content now (do newer events change it?).
/// </summary>
internal sealed class PacketVerifier(PacketComposer composer, PdfRenderer renderer)
{
    public async Task<Verdict> VerifyAsync(string pdfPath, PacketSeal seal, CancellationToken ct)
    {
        var position = seal.Position!;
        SealedPacket then;
        try
        {
            then = await composer.ComposeAtAsync(seal, ct);
        }
        catch (Exception e) when (e is NotFoundException or PacketPositionException)
        {
            return new(false, $"does not match: the database cannot give loop {seal.LoopId} at position {position}: {e.Message}");
        }
        if (then.Seal.Sha256 != seal.Sha256)
            return new(false, $"does not match: content changed: at position {position} the database gives sha256:{then.Seal.ShortHash}…, the packet was sealed with sha256:{seal.ShortHash}…");
        var edited = await TextDifferenceAsync(pdfPath, then, ct);
        if (edited is not null)
            return new(false, $"does not match: the PDF was edited after it was produced: its text differs from the sealed content near “{edited}”");
        return await AgainstNowAsync(seal, ct);
    }

    private async Task<Verdict> AgainstNowAsync(PacketSeal seal, CancellationToken ct)
    {
        var now = await composer.ComposeAsync(seal.LoopId, seal.Paper, ct);
        var position = seal.Position!;
        var at = $"loop {seal.LoopId}, sha256:{seal.ShortHash}…, still matches the database at its position {position}";
        if (now.Seal.Sha256 != seal.Sha256)
            return new(false, $"does not match: newer events exist and change the packet: {at}, but the loop is now at {now.Seal.Position}; make a new packet");
        return now.Seal.Position!.Equals(position)
            ? new(true, $"verified: {at}; no newer events")
            : new(true, $"verified: {at}; newer events exist (now at {now.Seal.Position}) but do not change its content");
    }

    // Whitespace is dropped before comparing: line breaks depend on layout, words do not.
    private async Task<string?> TextDifferenceAsync(string pdfPath, SealedPacket expected, CancellationToken ct)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"interviewloop-verify-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(temp, await renderer.RenderAsync(expected.Document.Render(), expected.Document.PrintLayout(), ct), ct);
            var (given, fresh) = (Squash(await PdfTextReader.ReadAsync(pdfPath, null, null, ct)), Squash(await PdfTextReader.ReadAsync(temp, null, null, ct)));
            var at = Enumerable.Range(0, Math.Min(given.Length, fresh.Length)).FirstOrDefault(i => given[i] != fresh[i], -1);
            if (at < 0 && given.Length == fresh.Length) return null;
            at = at < 0 ? Math.Min(given.Length, fresh.Length) : at;
            return given.Substring(Math.Max(0, at - 20), Math.Min(40, given.Length - Math.Max(0, at - 20)));
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
