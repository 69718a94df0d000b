using System.Globalization;
using System.Text;
using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Sealing;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets;

/// <summary>The texts of the printed page's margins: candidate and loop on top, seal and page X of Y below.</summary>
/// <param name="TopLeft">"Debrief packet · Daniel R. · Senior Backend Engineer (L4)".</param>
/// <param name="TopRight">"loop-2026-0142 · for the hiring committee only".</param>
/// <param name="BottomLeft">"Seal sha256:1a2b3c4d5e6f… · log position 57 · generated 5 Nov 2026 09:30 UTC".</param>
public sealed record RunningText(string TopLeft, string TopRight, string BottomLeft)
{
    /// <summary>The running texts of a packet.</summary>
    public static RunningText Of(PacketModel model, PacketSeal seal)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(seal);
        var cover = model.Cover;
        var position = seal.Position is { } p ? string.Create(CultureInfo.InvariantCulture, $"log position {p.Global}") : "from a loop document";
        return new RunningText(
            $"Debrief packet · {cover.CandidateName} · {cover.RoleTitle} ({cover.TargetLevel})",
            $"{model.LoopId} · for the hiring committee only",
            $"Seal sha256:{seal.ShortHash}… · {position} · generated {Time(seal.GeneratedAt)}");
    }

    /// <summary>
    /// <paramref name="text"/> as a quoted CSS string that is also safe inside an HTML <c>&lt;style&gt;</c>
    /// element: quotes, backslashes, control characters and <c>&lt;</c> (which could close the element) are escaped.
    /// </summary>
    public static string CssString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var css = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c)) css.Append(CultureInfo.InvariantCulture, $"\\{(int)c:X} ");
            else css.Append(c);
        }
        return css.Append('"').ToString();
    }
}
