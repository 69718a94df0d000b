using System.Text.RegularExpressions;
using InterviewLoop.Calibration.Narrative.Reasons;

namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// Evidence a note gives for its own dimension. <see cref="EvidenceQuality"/> judges a note by the
/// evidence stack of seed 003, which fits the senior-evidence rubric; the career-narrative rubric
/// (seed 000) asks other questions, so its dimensions also accept their own kind of concrete
/// content: a named pattern for <c>through_line</c> ("one thread", "phases"), the facts of a move
/// for <c>transition_explanation</c> (a reason category: reorg, layoff, burnout...), and something
/// of ours named for <c>company_specificity</c> ("your ledger roadmap").
/// </summary>
public static partial class DimensionEvidence
{
    /// <summary>True when <paramref name="text"/> is concrete evidence for <paramref name="dimension"/>.</summary>
    public static bool IsConcrete(string? dimension, string? text)
    {
        if (EvidenceQuality.IsConcrete(text) || string.IsNullOrWhiteSpace(text)) return !string.IsNullOrWhiteSpace(text);
        var lower = text.ToLowerInvariant();
        return dimension switch
        {
            "through_line" => ThroughLine().IsMatch(lower),
            "transition_explanation" => ReasonCategories.In(lower).Count > 0,
            "company_specificity" => OurSpecifics().IsMatch(lower),
            _ => false,
        };
    }

    [GeneratedRegex(@"\b(?:thread|through-?line|pattern|phases?|arc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThroughLine();

    [GeneratedRegex(@"\b(?:your|our)\s+(?:[\w-]+\s+)?(?:product|roadmap|platform|customers|stack|architecture|domain|market|api|ledger|checkout|service)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex OurSpecifics();
}
