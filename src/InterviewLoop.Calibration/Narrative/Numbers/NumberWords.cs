using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Numbers;

/// <summary>
/// Rewrites spelled-out numbers as digits in lower-cased text, so that one parser reads both
/// "roughly forty percent" and "~40%": "twenty-four months" → "24 months", "a dozen" → "12",
/// "two and a half years" → "2.5 years", "a year and a half" → "1.5 years", "a decade" → "10 years".
/// </summary>
internal static partial class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["dozen"] = 12,
    };

    // Words each rewrite needs to find anything. Calibration normalises every clause of every note,
    // and most contain no number at all, so each regex runs only when its words are there.
    private static readonly SearchValues<string> IdiomWords = SearchValues.Create(
        ["a year", "a month", "a week", "a decade", "a dozen", "a couple of", "half a ", "a hundred", "a thousand", "a million"], StringComparison.Ordinal);

    private static readonly SearchValues<string> SpelledWords = SearchValues.Create(
        [.. Small.Keys, .. Scales.Keys.Where(k => k != "dozen")], StringComparison.Ordinal);

    public static string Normalize(string lower)
    {
        var text = lower;
        if (text.AsSpan().ContainsAny(IdiomWords))
            text = Idioms().Replace(text, m => m.Groups["a"].Success ? $"{m.Groups["pre"].Value}1 {m.Groups["unit"].Value}" : Idiom(m.Value));
        if (text.AsSpan().ContainsAny(SpelledWords)) text = Spelled().Replace(text, m => Value(m.Value).ToString(CultureInfo.InvariantCulture));
        if (text.Contains(" and a half", StringComparison.Ordinal))
        {
            text = AndAHalf().Replace(text, m => $"{m.Groups[1].Value}.5");
            text = YearAndAHalf().Replace(text, m => $"{m.Groups[1].Value}.5 {m.Groups[2].Value}s");
        }
        return text.Contains('-', StringComparison.Ordinal) ? Hyphenated().Replace(text, "$1 $2") : text;
    }

    private static string Idiom(string phrase) => phrase switch
    {
        "a dozen" => "12",
        "a year and a half" => "1.5 years",
        "a month and a half" => "1.5 months",
        "a couple of" => "about 2",
        "a decade" => "10 years",
        "half a year" => "0.5 years",
        "half a million" => "500000",
        "a hundred" => "100",
        "a thousand" => "1000",
        "a million" => "1000000",
        _ => phrase,
    };

    private static long Value(string words)
    {
        long total = 0, current = 0;
        foreach (var word in Word().Matches(words).Select(m => m.Value))
        {
            if (Small.TryGetValue(word, out var n)) current += n;
            else if (word is "hundred" or "dozen") current = Math.Max(current, 1) * Scales[word];
            else if (Scales.TryGetValue(word, out var scale)) { total += Math.Max(current, 1) * scale; current = 0; }
        }
        return total + current;
    }

    [GeneratedRegex(@"\ba (?:year|month) and a half\b|\ba dozen\b|\ba couple of\b|\ba decade\b|\bhalf a (?:year|million)\b|\ba (?:hundred|thousand|million)\b|(?<pre>\b(?:about|around|roughly|over|nearly|almost|for|than|last|past|within|in|just over|just under) )(?<a>a) (?<unit>year|month|week|decade)\b|\b(?<a>a) (?<unit>year|month|week)(?= ago\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Idioms();

    [GeneratedRegex(@"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:(?:[\s-]+(?:and[\s-]+)?)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen))*\b|(?<!\d\s?)\b(?:hundred|thousand|million|billion)\b(?=\s+(?:users|customers|requests|dollars|engineers|people|events))", RegexOptions.CultureInvariant)]
    private static partial Regex Spelled();

    [GeneratedRegex(@"\b(\d+) and a half\b", RegexOptions.CultureInvariant)]
    private static partial Regex AndAHalf();

    [GeneratedRegex(@"\b(\d+) (year|month)s? and a half\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearAndAHalf();

    // "a 6-month migration" reads as "a 6 month migration".
    [GeneratedRegex(@"\b(\d+(?:\.\d+)?)-(year|month|week|day|person)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hyphenated();

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
