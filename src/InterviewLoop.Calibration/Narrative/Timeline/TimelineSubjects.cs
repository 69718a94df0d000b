using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>
/// What a date or a duration dates, from the nearest context words in its clause: the start at the
/// current company ("joined", "been there", "tenure"), in the current role, of the career
/// ("years of experience"), or an event (reorg, layoff, acquisition, manager change). A clause about
/// a previous job is skipped: comparing it with the current one would be comparing two facts.
/// </summary>
internal static partial class TimelineSubjects
{
    public const string Company = "the start at the current company";
    public const string Role = "the start in the current role";
    public const string Career = "the start of the career";

    private static readonly (string Subject, Regex Pattern)[] Subjects =
    [
        (Career, Pattern(@"years? of (?:\w+ )?experience|experience|in the industry|as an? (?:software |backend |frontend )?(?:engineer|developer)|engineering for|career|professionally|first (?:engineering )?job")),
        (Role, Pattern(@"in (?:the|this|his|her|their|my) (?:current )?(?:role|position|title)|in role|as (?:a |the )?(?:tech lead|team lead|manager|staff engineer|lead)|promot(?:ed|ion)|current (?:role|position|title)")),
        (Company, Pattern(@"joined|joining|hired|started (?:at|with|there)|came on board|(?:at|with) (?:the|his|her|their|my) (?:current )?(?:company|employer|job)|current (?:company|employer|job)|(?:been|stayed|worked|working|was) (?:at|with|there)|there for|tenure|at [a-z]+ (?:for|since)|(?<=(?:years?|months?) )(?:at|with) (?!the\b|a\b|peak\b|least\b|most\b)[a-z]+|since joining")),
        ("when the reorg happened", Pattern(@"re-?orgs?|reorgani[sz]ation|restructur\w*")),
        ("when the layoff happened", Pattern(@"lay-?offs?|laid off")),
        ("when the acquisition happened", Pattern(@"acqui(?:red|sition)")),
        ("when the manager changed", Pattern(@"new manager|manager (?:left|changed|quit)")),
    ];

    /// <summary>The subject whose words are nearest to [<paramref name="start"/>, <paramref name="end"/>), or <c>null</c>.</summary>
    public static string? Nearest(string clause, int start, int end)
    {
        if (Previous().IsMatch(clause)) return null;
        return Subjects
            .SelectMany(s => s.Pattern.Matches(clause).Select(m => (s.Subject, Distance: m.Index >= end ? m.Index - end : Math.Max(0, start - (m.Index + m.Length)))))
            .OrderBy(x => x.Distance)
            .Select(x => x.Subject)
            .FirstOrDefault();
    }

    /// <summary>
    /// What the end of a range dates when <paramref name="subject"/> is a start ("at Stripe 2019-2023"
    /// ends the stay in 2023), else <c>null</c>: an event's range is when it happened.
    /// </summary>
    public static string? EndOf(string subject) => subject switch
    {
        Company => "the end at the current company",
        Role => "the end in the current role",
        Career => "the end of the career",
        _ => null,
    };

    /// <summary>True when a duration in <paramref name="clause"/> is how long a project took.</summary>
    public static bool IsProjectDuration(string clause) => ProjectDuration().IsMatch(clause);

    private static Regex Pattern(string words) => new($@"\b(?:{words})\b", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:previous|prior|former|before that|last (?:job|company|employer)|earlier job|first company)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Previous();

    [GeneratedRegex(@"\b(?:took|takes|lasted|spent|ran for|over|across|in under|within|finished in|shipped in|delivered in)\b|\b\d+(?:\.\d+)? (?:month|week|year)s? (?:long )?(?:[\w-]+ ){0,2}(?:migration|project|rewrite|effort|program|redesign|rebuild|overhaul)", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectDuration();
}
