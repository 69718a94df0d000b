using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>
/// A date as a clause gives it: one date ("in 2021"), or a range of two joined by "to", "until" or a
/// dash ("from 2019 to 2023", "2019-2023", "march 2019–june 2023"). Its offsets span the whole
/// phrase, so that both ends of a range date the same subject.
/// </summary>
/// <param name="From">The date, or the range's first.</param>
/// <param name="Until">The range's last date; <c>null</c> for one date.</param>
internal sealed partial record DatePhrase(CalendarDate From, CalendarDate? Until)
{
    public int Start => From.Start;

    public int End => (Until ?? From).End;

    /// <summary>The date phrases of <paramref name="clause"/>, in order (see <see cref="DateParser"/>).</summary>
    public static IEnumerable<DatePhrase> In(string clause, DateTimeOffset reference)
    {
        var dates = DateParser.In(clause, reference).ToArray();
        for (var i = 0; i < dates.Length; i++)
        {
            if (i + 1 < dates.Length && Joiner().IsMatch(clause[dates[i].End..dates[i + 1].Start]))
                yield return new DatePhrase(dates[i], dates[++i]);
            else
                yield return new DatePhrase(dates[i], null);
        }
    }

    /// <summary>
    /// What the phrase says about <paramref name="subject"/>. A range of a stay (at a company, in a role,
    /// a career) is a start and an end, each compared on its own: read as two dates of its start,
    /// "2019-2023" agreed with "2021-2023" on 2023. A range of an event is when it happened, all of it.
    /// </summary>
    public IEnumerable<TimelineClaim> Claims(string subject)
    {
        if (Until is not { } until) return [Claim(subject, From.Low, From.High, $"in {From.Text}")];
        var display = $"from {From.Text} to {until.Text}";
        return TimelineSubjects.EndOf(subject) is { } end
            ? [Claim(subject, From.Low, From.High, display), Claim(end, until.Low, until.High, display)]
            : [Claim(subject, From.Low, until.High, display)];
    }

    private static TimelineClaim Claim(string subject, double low, double high, string display) => new(subject, false, low, high, display, null);

    [GeneratedRegex(@"^\s*(?:[-–—]|to|until|till|through)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();
}
