using System.Globalization;
using InterviewLoop.Domain;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets.Sealing;

/// <summary>Reads the <c>key=value;</c> fields of a seal line (see <see cref="SealText"/>).</summary>
internal static class SealFields
{
    public static PacketSeal Parse(string line)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in line.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new FormatException($"seal: '{part}' is not a key=value field");
            fields[part[..eq]] = part[(eq + 1)..];
        }
        var loopId = Required(fields, "loop");
        if (!Ids.IsValid(loopId)) throw new FormatException($"seal.loop: '{loopId}' is not a loop id");
        var hash = Required(fields, "sha256");
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)) throw new FormatException("seal.sha256: not 64 lowercase hex digits");
        if (!WireNames.TryParse<PaperSize>(Required(fields, "paper"), out var paper)) throw new FormatException("seal.paper: not a4 or letter");
        if (!DateTimeOffset.TryParseExact(Required(fields, "generated"), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated))
            throw new FormatException("seal.generated: not a UTC time");
        var raters = fields.TryGetValue("raters", out var text) ? Number(text, "raters") : (long?)null;
        return new PacketSeal(loopId, hash, Position(fields), paper, generated.ToUniversalTime()) { RatersPosition = raters };
    }

    private static PacketPosition? Position(Dictionary<string, string> fields)
    {
        var position = Required(fields, "position");
        if (position == "document") return null;
        var rounds = Required(fields, "rounds").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(RoundVersionOf).ToArray();
        return new PacketPosition(Number(position, "position"), Number(Required(fields, "loop-version"), "loop-version"), rounds);
    }

    private static RoundVersion RoundVersionOf(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || !Ids.IsValid(text[..at])) throw new FormatException($"seal.rounds: '{text}' is not round@version");
        return new RoundVersion(text[..at], Number(text[(at + 1)..], "rounds"));
    }

    private static long Number(string text, string field) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new FormatException($"seal.{field}: '{text}' is not a whole number");

    private static string Required(Dictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) && value.Length > 0 ? value : throw new FormatException($"seal.{key}: missing");
}
