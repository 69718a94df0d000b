using InterviewLoop.Calibration.Narrative;
using InterviewLoop.Calibration.Narrative.Timeline;

namespace InterviewLoop.Calibration.Rules.Narrative;

/// <summary>
/// <c>narrative.timeline</c>: dates or tenures about the same thing cannot both be true: their
/// intervals, resolved against each round's date with the precision of the words
/// (<see cref="TimelineReader"/>), do not overlap. "Two years" and "24 months" agree; "joined in
/// 2021" and "three years at the company" said in late 2026 do not. Medium.
/// </summary>
internal sealed class TimelineRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context) =>
        CrossRound.Conflicts(context, context.Narrative.Timeline, (a, b) => a.Value.SameSubject(b.Value), Conflicting)
            .Select(c => NarrativeFlags.Create(FlagKinds.Timeline, FlagSeverity.Medium, c, $"Dates or tenure disagree on {c.Subject}: {c.ValuesByRound()}."));

    private static bool Conflicting(IReadOnlyList<TimelineClaim> a, IReadOnlyList<TimelineClaim> b) =>
        !a.Any(x => b.Any(x.Agrees));
}
