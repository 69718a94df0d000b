using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Evidence;

/// <summary>Applies <see cref="EvidencePatterns"/> to a note.</summary>
internal static class EvidenceLexicon
{
    // In EvidenceMarker order, so that results come out in that order.
    private static readonly (EvidenceMarker Marker, Regex Pattern)[] MarkerPatterns =
    [
        (EvidenceMarker.Problem, EvidencePatterns.Problem()),
        (EvidenceMarker.Scope, EvidencePatterns.Scope()),
        (EvidenceMarker.Decision, EvidencePatterns.Decision()),
        (EvidenceMarker.Risk, EvidencePatterns.Risk()),
        (EvidenceMarker.Delivery, EvidencePatterns.Delivery()),
        (EvidenceMarker.Impact, EvidencePatterns.Impact()),
        (EvidenceMarker.Leverage, EvidencePatterns.Leverage()),
        (EvidenceMarker.Reflection, EvidencePatterns.Reflection()),
        (EvidenceMarker.Number, EvidencePatterns.Number()),
        (EvidenceMarker.NamedSystem, EvidencePatterns.NamedSystem()),
        (EvidenceMarker.Attribution, EvidencePatterns.Attribution()),
    ];

    /// <summary>Distinct markers present in <paramref name="text"/>, in <see cref="EvidenceMarker"/> order.</summary>
    public static IReadOnlyList<EvidenceMarker> Markers(string text) =>
        MarkerPatterns.Where(p => p.Pattern.IsMatch(text)).Select(p => p.Marker).ToArray();

    /// <summary>True when <paramref name="text"/> shows a marker that <paramref name="which"/> selects.</summary>
    public static bool HasAny(string text, Func<EvidenceMarker, bool> which) =>
        MarkerPatterns.Any(p => which(p.Marker) && p.Pattern.IsMatch(text));

    /// <summary>How many markers that <paramref name="which"/> selects <paramref name="text"/> shows, counting no further than <paramref name="enough"/>.</summary>
    public static int CountUpTo(string text, Func<EvidenceMarker, bool> which, int enough) =>
        MarkerPatterns.Where(p => which(p.Marker) && p.Pattern.IsMatch(text)).Take(enough).Count();

    /// <summary>The text with tenure, level names and ratings blanked, so their digits are not evidence.</summary>
    public static string StripNonEvidenceNumbers(string text) =>
        EvidencePatterns.Verdicts().Replace(EvidencePatterns.Tenure().Replace(text, " "), " ");

    /// <summary>Praise words, tenure phrases and tool lists, lower-cased and distinct, in order of appearance.</summary>
    public static IReadOnlyList<string> VaguePhrases(string text) =>
        new[] { EvidencePatterns.Praise(), EvidencePatterns.Tenure(), EvidencePatterns.ToolList() }
            .SelectMany(p => p.Matches(text))
            .OrderBy(m => m.Index)
            .Select(m => m.Value.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
