using System.Text.RegularExpressions;
using InterviewLoop.Calibration.Narrative.Numbers;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Narrative.Metrics;

/// <summary>
/// Reads a <c>metric</c> claim: the value's first number, what it measures from the subject
/// (<c>team size</c>, <c>p99 latency</c>, or the subject itself), and a change facet when the
/// subject says so ("latency reduction").
/// </summary>
internal static partial class MetricTags
{
    public static MetricClaim? Read(Claim claim)
    {
        var subject = (claim.Subject ?? "").ToLowerInvariant();
        var quantities = QuantityParser.In(NumberWords.Normalize(claim.Value.ToLowerInvariant()));
        if (quantities.Count == 0 || subject.Length == 0) return null;
        var concept = MetricConcepts.Named(subject) ?? CountNouns.Concept(" " + subject, 0, 0) ?? subject;
        var facet = ChangeWords().IsMatch(subject) ? MetricFacet.Change
            : subject.Contains("before", StringComparison.Ordinal) ? MetricFacet.Before : MetricFacet.Level;
        return new MetricClaim(concept, facet, quantities[0], null);
    }

    [GeneratedRegex(@"\b(?:reduction|change|improvement|drop|increase|decrease|savings|cut|lift)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeWords();
}
