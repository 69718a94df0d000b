using System.Globalization;
using InterviewLoop.Calibration.Narrative.Projects;

namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>
/// A date or a duration the candidate gave, as an interval. Points (when something started or
/// happened) are in calendar years (2023.5 = about July 2023), resolved against the round's date
/// ("three years ago" said in November 2026 is about November 2023). Durations (how long a project
/// took) are in years. The interval carries the precision of the words: "in 2021" is the whole of
/// 2021; "three years" is 2.55..3.45 years; "about three years" 2.25..3.75.
/// </summary>
/// <param name="Subject">What it dates: <c>the start at the current company</c>, <c>when the reorg happened</c>, <c>the duration of the ...</c>.</param>
/// <param name="IsDuration">True for a length of time, false for a point in time.</param>
/// <param name="Low">Earliest (or shortest).</param>
/// <param name="High">Latest (or longest).</param>
/// <param name="Display">As the candidate put it ("3 years", "in 2021").</param>
/// <param name="Project">The project a duration is about, or <c>null</c>.</param>
internal sealed record TimelineClaim(string Subject, bool IsDuration, double Low, double High, string Display, ProjectName? Project)
{
    /// <summary>Same subject: for durations the same project (however it was named), otherwise equal subjects.</summary>
    public bool SameSubject(TimelineClaim other) =>
        IsDuration == other.IsDuration && (IsDuration
            ? Project is not null && other.Project is not null && Project.SameAs(other.Project)
            : Subject == other.Subject);

    /// <summary>True when the two intervals overlap.</summary>
    public bool Agrees(TimelineClaim other) => Low <= other.High && other.Low <= High;

    // Dates are shown as written ("in 2021", "from 2019 to 2023"); only a point read from a duration needs its year.
    private static readonly string[] DatePrefixes = ["in ", "since ", "from "];

    /// <summary>"3 years (since ~2023)" for points read from a duration; the display otherwise.</summary>
    public string Describe() =>
        IsDuration || DatePrefixes.Any(p => Display.StartsWith(p, StringComparison.Ordinal))
            ? Display
            : string.Create(CultureInfo.InvariantCulture, $"{Display} (≈{(Low + High) / 2:0.0})");
}
