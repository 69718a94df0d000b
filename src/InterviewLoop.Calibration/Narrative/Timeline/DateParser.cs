using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>
/// Finds calendar dates in a lower-cased clause and turns each into an interval of calendar years:
/// "2021" (all of 2021), "march 2022", "early 2023", "q3 2024", "summer 2023", "last year",
/// a bare month ("in march") as the latest such month on or before the round's date, and dates in
/// digits (<see cref="NumericDates"/>: "15.03.2019", "2019-03"). In the order they are written.
/// </summary>
internal static partial class DateParser
{
    public static IEnumerable<CalendarDate> In(string clause, DateTimeOffset reference)
    {
        var numeric = NumericDates.In(clause).ToList();
        // The year of "2021-03-15" or "03/2021" is that date's, read to the month: read alone, the
        // whole of 2021 would agree with any month of it.
        var worded = Worded(clause, reference).Where(d => !numeric.Exists(d.Overlaps));
        return numeric.Concat(worded).OrderBy(d => d.Start);
    }

    private static IEnumerable<CalendarDate> Worded(string clause, DateTimeOffset reference)
    {
        foreach (Match m in Dated().Matches(clause))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var (from, to) = Within(m);
            yield return new CalendarDate(m.Index, m.Index + m.Length, year + from, year + to, m.Value.Trim());
        }
        foreach (Match m in Relative().Matches(clause))
        {
            var (from, to) = Within(m);
            var year = m.Groups["last"].Success ? reference.Year - 1 : reference.Year;
            // "Last spring" said in November is this year's spring: the most recent one that has ended.
            if (m.Groups["season"].Success) year = CalendarYears.YearOfLatest((int)Math.Round(to * 12), reference);
            if (m.Groups["month"].Success) year = CalendarYears.YearOfLatest(Month(m.Groups["month"].Value), reference);
            yield return new CalendarDate(m.Index, m.Index + m.Length, year + from, year + to, m.Value.Trim());
        }
    }

    // The part of a year a match covers, as fractions: a month, a quarter, a season, or a third.
    private static (double From, double To) Within(Match m)
    {
        if (m.Groups["month"].Success) return CalendarYears.OfMonth(Month(m.Groups["month"].Value));
        if (m.Groups["q"].Success) return Quarter(m.Groups["q"].Value[1] - '0');
        if (m.Groups["season"].Success) return m.Groups["season"].Value switch
        {
            "spring" => (2 / 12.0, 5 / 12.0),
            "summer" => (5 / 12.0, 8 / 12.0),
            "winter" => (0, 2 / 12.0),
            _ => (8 / 12.0, 11 / 12.0),
        };
        return m.Groups["mod"].Value switch
        {
            "early" or "start of" or "beginning of" => (0, 4 / 12.0),
            "mid" or "mid-" or "middle of" => (4 / 12.0, 8 / 12.0),
            "late" or "end of" => (8 / 12.0, 1),
            _ => (0, 1),
        };
    }

    private static (double, double) Quarter(int q) => ((q - 1) / 4.0, q / 4.0);

    private static int Month(string name) => Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.Ordinal)) + 1;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"(?:\b(?<mod>early|mid-|mid|middle of|late|end of|start of|beginning of)\s*)?(?:\b(?<month>jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|\b(?<q>q[1-4])|\b(?<season>spring|summer|fall|autumn|winter))?\s*(?<![\d.,$])(?<year>(?:199|20[0-3])\d)\b(?![.,]\d|\s?%)", RegexOptions.CultureInvariant)]
    private static partial Regex Dated();

    [GeneratedRegex(@"\b(?:(?<last>last)|this)\s+(?:(?<season>spring|summer|fall|autumn|winter)|year)\b|\bin (?<month>january|february|march|april|june|july|august|september|october|november|december)\b(?!\s*(?:of\s+)?(?:199|20[0-3])\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
