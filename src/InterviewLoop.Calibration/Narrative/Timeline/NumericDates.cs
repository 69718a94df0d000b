using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>
/// Finds dates written in digits in a lower-cased clause and reads them to the month: "15.03.2019"
/// (dotted dates are written day first), "2019-03-15" and "2019-03" (ISO), "03/2019", and
/// "15/03/2019" or "03/15/2019", where a number over 12 can only be the day. "03/04/2019" is 3 April
/// in some countries and 4 March in others, so only its year is read. The day is not kept: two
/// interviewers noting the same start a few days apart have not heard two stories.
/// </summary>
internal static partial class NumericDates
{
    public static IEnumerable<CalendarDate> In(string clause)
    {
        foreach (Match m in Pattern().Matches(clause))
        {
            var year = Number(m.Groups["year"]);
            var (from, to) = m.Groups["month"].Success ? CalendarYears.OfMonth(Number(m.Groups["month"])) : (0.0, 1.0);
            yield return new CalendarDate(m.Index, m.Index + m.Length, year + from, year + to, m.Value);
        }
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    // One alternative per form; a day over 12 tells which side of a slash is the month. Not inside a
    // longer token ("v2.15.03.2019", "1,03/2019"); "-" may follow, for ranges ("03/2019-06/2023").
    [GeneratedRegex("""
        (?<![\w.,/])(?:
            (?:0?[1-9]|[12][0-9]|3[01])\.(?<month>0?[1-9]|1[0-2])\.(?<year>(?:199|20[0-3])[0-9])
          | (?:1[3-9]|2[0-9]|3[01])/(?<month>0?[1-9]|1[0-2])/(?<year>(?:199|20[0-3])[0-9])
          | (?<month>0?[1-9]|1[0-2])/(?:1[3-9]|2[0-9]|3[01])/(?<year>(?:199|20[0-3])[0-9])
          | (?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/(?<year>(?:199|20[0-3])[0-9])
          | (?<year>(?:199|20[0-3])[0-9])-(?<month>0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?
          | (?<month>0?[1-9]|1[0-2])/(?<year>(?:199|20[0-3])[0-9])
        )(?![0-9]|[.,/][0-9])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
