using System.Globalization;
using System.Net;

namespace InterviewLoop.Packets;

/// <summary>Small helpers that keep every piece of loop text encoded on its way into the packet.</summary>
internal static class Html
{
    /// <summary>HTML-encodes <paramref name="text"/>; <c>null</c> becomes empty. All loop text passes through here.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>"2 Nov 2026 15:10 UTC".</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"2 Nov 2026" (UTC).</summary>
    public static string Date(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A number with one decimal, invariant culture ("3.6").</summary>
    public static string Decimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A signed offset with one decimal ("+0.4", "−0.3", "0.0"), invariant culture.</summary>
    public static string Signed(double value) =>
        value > 0 ? "+" + Decimal(value) : value < 0 ? "−" + Decimal(-value) : Decimal(0);

    /// <summary>An integer, invariant culture.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>0..1 as a whole percentage ("72%").</summary>
    public static string Percent(double fraction) => Int((int)Math.Round(fraction * 100)) + "%";

    /// <summary>The in-page anchor of a round (<c>round-r3</c>); round ids are letters, digits, '-', '_', '.'.</summary>
    public static string RoundAnchor(string roundId) => "round-" + roundId;
}
