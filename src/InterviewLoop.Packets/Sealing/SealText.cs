using System.Globalization;
using System.Text;
using InterviewLoop.Domain;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets.Sealing;

/// <summary>
/// The seal's machine-readable line, printed on page one and read back from the PDF's text:
/// <c>interviewloop-seal/1;loop=ID;sha256=HEX;position=57;loop-version=2;rounds=r1@3,r2@5;paper=a4;generated=2026-11-05T09:30:00Z;/seal</c>
/// (<c>position=document</c> and no versions for a loop document), with <c>raters=H;</c> after the rounds when the
/// packet was calibrated with a rater history fitted at global position H. It holds no spaces, so a reader may
/// drop every whitespace character a PDF text extractor inserts where the line wrapped.
/// </summary>
public static class SealText
{
    /// <summary>Where the line starts.</summary>
    public const string Start = "interviewloop-seal/1;";

    /// <summary>Where the line ends.</summary>
    public const string End = ";/seal";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The line for <paramref name="seal"/>.</summary>
    public static string Format(PacketSeal seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var text = new StringBuilder(Start);
        text.Append(CultureInfo.InvariantCulture, $"loop={seal.LoopId};sha256={seal.Sha256};");
        if (seal.Position is { } p)
        {
            text.Append(CultureInfo.InvariantCulture, $"position={p.Global};loop-version={p.LoopVersion};");
            text.Append("rounds=").AppendJoin(',', p.Rounds.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.RoundId}@{r.Version}"))).Append(';');
            if (seal.RatersPosition is { } raters) text.Append(CultureInfo.InvariantCulture, $"raters={raters};");
        }
        else
        {
            text.Append("position=document;");
        }
        text.Append(CultureInfo.InvariantCulture, $"paper={seal.Paper.ToWire()};generated={seal.GeneratedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}");
        return text.Append(End).ToString();
    }

    /// <summary>
    /// Finds and reads the seal in <paramref name="extractedText"/> (e.g. pdftotext's output of page one).
    /// Returns <c>false</c> when there is no seal line; throws <see cref="FormatException"/> naming the
    /// field when there is one but it is damaged.
    /// </summary>
    public static bool TryFind(string extractedText, out PacketSeal seal)
    {
        ArgumentNullException.ThrowIfNull(extractedText);
        seal = null!;
        var start = extractedText.IndexOf(Start, StringComparison.Ordinal);
        if (start < 0) return false;
        var end = extractedText.IndexOf(End, start, StringComparison.Ordinal);
        if (end < 0) throw new FormatException("seal: the seal line has no end marker");
        var line = string.Concat(extractedText[(start + Start.Length)..end].Where(c => !char.IsWhiteSpace(c)));
        seal = SealFields.Parse(line);
        return true;
    }
}
