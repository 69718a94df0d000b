using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Numbers;

/// <summary>
/// Finds numbers with their units in a clause normalised by <see cref="NumberWords"/>: "~1.2k",
/// "1,200", "1 200", "$2M", "300 ms", "40 percent", "10-12", "6 or 7", "over 1,000", "50k+". Years
/// written as dates (2019..2039 without a unit), dates in digits ("15.03.2019", "2019-03-15"),
/// ratings ("4/5") and codes (p99, L5, Q3) are not quantities.
/// </summary>
internal static partial class QuantityParser
{
    /// <summary>The longest hedge word ("approximately"), plus one for a slack.</summary>
    private const int HedgeWordReach = 14;

    /// <summary>What may sit between the hedge's spaces and the digits: "~" then "usd ".</summary>
    private const int CurrencyReach = 5;

    public static IReadOnlyList<Quantity> In(string normalized)
    {
        var found = new List<Quantity>();
        for (var m = Next(normalized, 0); m is { Success: true }; m = Next(normalized, m.Index + m.Length))
            if (Build(m, normalized) is { } quantity) found.Add(quantity);
        return found;
    }

    // The same matches as Pattern().Matches, found faster. The pattern opens with optional hedges, so
    // the regex engine would try it at every position of every clause. But every match holds digits
    // (NumberWords has turned words into digits) and only a hedge, spaces and a currency can precede
    // them, so a match can only start a short reach before the next digit: start the scan there.
    private static Match? Next(string text, int from)
    {
        var digit = text.AsSpan(from).IndexOfAnyInRange('0', '9');
        if (digit < 0) return null;
        var start = Math.Max(from, from + digit - CurrencyReach);
        while (start > from && char.IsWhiteSpace(text[start - 1])) start--;
        return Pattern().Match(text, Math.Max(from, start - HedgeWordReach));
    }

    private static Quantity? Build(Match m, string text)
    {
        var first = Number(m.Groups["num"].Value);
        var second = m.Groups["num2"].Success ? Number(m.Groups["num2"].Value) : (double?)null;
        var unitWord = m.Groups["unit"].Value.Trim();
        var scaleWord = m.Groups["scale"].Value;
        var after = text[m.Index..].Length > m.Length ? text[(m.Index + m.Length)..] : "";
        var money = m.Groups["cur"].Success || m.Groups["cur2"].Success || UnitWords.IsMoney(unitWord);
        var (scale, minutes) = UnitWords.Scale(scaleWord, money, after);
        var unit = UnitWords.Family(unitWord, money, minutes);
        if (unit is null || (unit == QuantityUnit.Count && scale == 1 && UnitWords.LooksLikeYear(first, second, after))) return null;
        var factor = scale * (minutes ? Durations.Minute : UnitWords.BaseFactor(unitWord));
        var (low, high) = second is { } s ? (Math.Min(first, s), Math.Max(first, s)) : (first, first);
        var bound = second is null ? UnitWords.BoundOf(m.Groups["hedge"].Value, m.Groups["plus"].Success) : QuantityBound.About;
        var (lo, hi) = UnitWords.Widen(bound, m.Groups["hedge"].Value, low * factor, high * factor);
        return new Quantity((low + high) / 2 * factor, lo, hi, unit.Value, bound, m.Index, m.Index + m.Length, m.Value.Trim());
    }

    private static double Number(string digits) => double.Parse(string.Concat(digits.Split(Separators)), CultureInfo.InvariantCulture);

    // Thousands are grouped by commas ("1,200") or, as many European notes write them, by a space,
    // plain, no-break or narrow no-break ("1 200"). A space groups only exactly three digits, so
    // "1 20" stays two numbers.
    private static readonly char[] Separators = [',', ' ', '\u00a0', '\u202f'];

    // A number is read whole or not at all (atomic): backing off "15.03" of "15.03.2019" to "15.0"
    // read a date's day as a count. Nor does one start after a digit and a dash, as "15" of
    // "2019-03-15" does; a range ("10-12") is read from its first number.
    [GeneratedRegex(@"(?<hedge>(?:~|≈|\b(?:about|around|roughly|approximately|approx\.?|circa|some|nearly|almost|close to|just under|just over|over|more than|upwards of|at least|under|less than|fewer than|up to|north of|just shy of|below|above)\s+)~?)?(?<cur>[$€£]|\b(?:usd|eur|gbp)\s?)?(?<![\w.,/]|\d-)(?<num>(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?))(?!\s?/\s?\d|\.\d|\w*[a-z]\d)(?:\s?(?:-|–|or)\s?(?<cur2>[$€£])?(?<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/]))?(?:\s?(?<scale>k|mm|m|bn|b|thousand|million|billion)\b)?(?<plus>\+)?(?:\s?(?<unit>%|percent\b|per cent\b|pct\b|percentage points?\b|pp\b|ms\b|millis(?:econds?)?\b|milliseconds?\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|hours?\b|hrs?\b|h\b|days?\b|weeks?\b|wks?\b|months?\b|mos?\b|years?\b|yrs?\b|x\b|gb\b|tb\b|pb\b|mb\b|dollars?\b|euros?\b|pounds?\b|usd\b|eur\b|gbp\b))?", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
