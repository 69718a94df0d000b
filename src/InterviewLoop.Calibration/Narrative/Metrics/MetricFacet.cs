using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Metrics;

/// <summary>
/// Which side of a change a number is: the level now (or after), the level before ("from 800 ms"),
/// or the size of the change ("by 40%", "40% fewer"). Only numbers on the same side are compared.
/// </summary>
internal enum MetricFacet
{
    /// <summary>The value as it stands, or after a change.</summary>
    Level,

    /// <summary>The baseline: "from 800 ms".</summary>
    Before,

    /// <summary>How much it moved: "by 40%", "a 40% reduction".</summary>
    Change,
}

/// <summary>Reads the facet of a number from the words just before and after it.</summary>
internal static partial class MetricFacets
{
    public static MetricFacet Of(string clause, int start, int end)
    {
        var before = clause[..start];
        var after = clause[end..];
        if (From().IsMatch(before)) return MetricFacet.Before;
        if (ToAfterChange().IsMatch(before)) return MetricFacet.Level;
        if (By().IsMatch(before) || ChangeAfter().IsMatch(after)) return MetricFacet.Change;
        return ChangeVerb().IsMatch(before) && !OfWhole().IsMatch(after) ? MetricFacet.Change : MetricFacet.Level;
    }

    [GeneratedRegex(@"\bfrom\s+(?:about|around|roughly|~|over|under)?\s*[$€£]?$", RegexOptions.CultureInvariant)]
    private static partial Regex From();

    [GeneratedRegex(@"\b(?:to|down to|up to|at)\s+(?:about|around|roughly|~|under|below)?\s*[$€£]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ToAfterChange();

    [GeneratedRegex(@"(?<!\b(?:used|owned|run|followed|driven|backed|served|adopted|shared|read|written|built|led|made|hit|affected|requested)\s)\bby\s+(?:about|around|roughly|~|over|nearly|almost|more than)?\s*[$€£]?$", RegexOptions.CultureInvariant)]
    private static partial Regex By();

    [GeneratedRegex(@"^\s*(?:\w+\s+){0,2}?(?:reduction|improvement|increase|decrease|drop|less|fewer|more|faster|slower|lower|higher|cheaper|cut|lift|gain|uplift|above|below|better|worse|savings?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"\b(?:cut|cuts|reduced|reducing|dropped|lowered|decreased|improved|increased|raised|grew|boosted|lifted|saved|shaved|halved|trimmed|rose|fell|went up|went down|climbed|jumped|slashed)\b(?:\s+\S+){0,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"^\s*of\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfWhole();
}
