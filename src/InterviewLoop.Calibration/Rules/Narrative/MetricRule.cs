using InterviewLoop.Calibration.Narrative;
using InterviewLoop.Calibration.Narrative.Metrics;

namespace InterviewLoop.Calibration.Rules.Narrative;

/// <summary>
/// <c>narrative.metric</c>: a number about the same thing (same measure, unit family, facet and
/// project) disagrees across rounds beyond <see cref="Calibration.Narrative.Numbers.Quantity"/>'s tolerance: 10% for exact
/// figures, 20% when either is approximate, bounds respected ("over 1,000" agrees with 1,200).
/// Paraphrases and unit variants ("1.2k" and "1,200", "~40%" and "roughly forty percent") are
/// the same number after normalisation. Severity: high when one figure is at least twice the
/// other, else medium.
/// </summary>
internal sealed class MetricRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context) =>
        CrossRound.Conflicts(context, context.Narrative.Metrics, (a, b) => a.Value.SameSubject(b.Value), Conflicting)
            .Select(c => NarrativeFlags.Create(FlagKinds.Metric, Severity(c), c, $"Figures for {c.Subject} differ: {c.ValuesByRound()}."));

    // Rounds agree when some figure of one agrees with some figure of the other.
    private static bool Conflicting(IReadOnlyList<MetricClaim> a, IReadOnlyList<MetricClaim> b) =>
        !a.Any(x => b.Any(y => x.Quantity.Agrees(y.Quantity)));

    private static FlagSeverity Severity(Conflict<MetricClaim> c)
    {
        var values = c.Mentions.Select(m => m.Value.Quantity.Value).Where(v => v > 0).ToArray();
        return values.Length > 1 && values.Max() >= 2 * values.Min() ? FlagSeverity.High : FlagSeverity.Medium;
    }
}
