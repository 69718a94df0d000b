using System.Globalization;
using System.Text.RegularExpressions;
using InterviewLoop.Calibration.Narrative.Numbers;
using InterviewLoop.Calibration.Narrative.Projects;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>
/// Reads dates and tenures, resolved against the round's date: durations of weeks or more
/// ("three years at the company", "joined 18 months ago", "ten years of experience") become the
/// point they started, calendar dates ("joined in 2021") an interval of that period (a range,
/// "2019-2023", a start and an end: <see cref="DatePhrase"/>), and "the
/// migration took six months" a project's duration. Also reads <c>timeline</c> claims, parsing
/// "subject value" as if it were a note.
/// </summary>
internal static partial class TimelineReader
{
    /// <summary>Half-width of an exact duration in its own unit: "3 years" is 2.55..3.45 years.</summary>
    public const double ExactHalfWidth = 0.45;

    /// <summary>Half-width when hedged ("about", "roughly", "over"): "about 3 years" is 2.25..3.75.</summary>
    public const double HedgedHalfWidth = 0.75;

    public static IEnumerable<Mention<TimelineClaim>> Read(SubmittedCard card, IReadOnlyList<CardSentence> sentences)
    {
        foreach (var sentence in sentences)
            foreach (var claim in Claims(sentence.Clauses, sentence.MainProject, sentence.Date ?? CalendarYears.Undated))
                yield return Mention(card, claim, sentence.Text, false);
        foreach (var tag in card.Card.Claims.Where(c => c.Topic == ClaimTopic.Timeline))
        {
            var date = card.Round.Plan.StartedAt ?? card.Card.SubmittedAt ?? CalendarYears.Undated;
            var text = $"{tag.Subject} {tag.Value.Replace('_', ' ')}".Trim().ToLowerInvariant();
            foreach (var claim in Claims(NumberedClause.Of(text), ProjectNames.MainIn(text), date).Take(1)) yield return Mention(card, claim, tag.Quote ?? tag.Value, true);
        }
    }

    private static IEnumerable<TimelineClaim> Claims(IReadOnlyList<NumberedClause> clauses, ProjectName? project, DateTimeOffset date)
    {
        foreach (var (_, _, clause, quantities) in clauses)
        {
            foreach (var q in quantities.Where(q => q.Unit == QuantityUnit.Seconds && q.Value >= Durations.Week))
                if (FromDuration(clause, q, date, project) is { } claim) yield return claim;
            foreach (var phrase in DatePhrase.In(clause, date))
                if (TimelineSubjects.Nearest(clause, phrase.Start, phrase.End) is { } subject)
                    foreach (var claim in phrase.Claims(subject)) yield return claim;
        }
    }

    private static TimelineClaim? FromDuration(string clause, Quantity q, DateTimeOffset date, ProjectName? project)
    {
        var unit = q.Value >= Durations.Year * 0.99 ? Durations.Year : Durations.Month;
        var half = (q.Bound == QuantityBound.Exact && q.Low == q.High ? ExactHalfWidth : HedgedHalfWidth) * unit / Durations.Year;
        var (low, high) = (q.Low / Durations.Year - half, (double.IsFinite(q.High) ? q.High : q.Low * 1.5) / Durations.Year + half);
        var subject = TimelineSubjects.Nearest(clause, q.Start, q.End);
        var ago = Ago().IsMatch(clause[q.End..]);
        if (subject is null && !ago && project is not null && TimelineSubjects.IsProjectDuration(clause))
            return new TimelineClaim($"the duration of the {project.Label}", true, low, high, Years(q.Value), project);
        // An event is dated by "ago" or a date; "spent two years after the reorg" does not date the reorg.
        if (subject is null || (subject.StartsWith("when", StringComparison.Ordinal) && !ago)) return null;
        var now = CalendarYears.Of(date);
        return new TimelineClaim(subject, false, now - high, now - low, ago ? $"{Years(q.Value)} ago" : Years(q.Value), null);
    }

    private static string Years(double seconds) => seconds >= Durations.Year * 0.99
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds / Durations.Year:0.#} years")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / Durations.Month:0.#} months");

    private static Mention<TimelineClaim> Mention(SubmittedCard card, TimelineClaim claim, string quote, bool tagged) =>
        new(card, claim.Subject, claim, claim.Describe(), Quotes.Text(quote), tagged);

    [GeneratedRegex(@"^\s*(?:ago|back|earlier)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ago();
}
