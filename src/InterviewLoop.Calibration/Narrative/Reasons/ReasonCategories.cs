using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Reasons;

/// <summary>The categories of a reason for moving, with display labels and the pattern of each.</summary>
internal static class ReasonCategories
{
    public const string LimitedScope = "limited_scope";
    public const string OrgChange = "org_change";
    public const string Layoff = "layoff";
    public const string Compensation = "compensation";
    public const string Burnout = "burnout";
    public const string Location = "location";
    public const string Instability = "company_instability";

    public static readonly IReadOnlyList<(string Id, string Label, Regex Pattern)> All =
    [
        (LimitedScope, "limited scope", ReasonPatterns.LimitedScope()),
        (OrgChange, "reorg or manager change", ReasonPatterns.OrgChange()),
        (Layoff, "layoff", ReasonPatterns.Layoff()),
        (Compensation, "compensation", ReasonPatterns.Compensation()),
        (Burnout, "burnout or workload", ReasonPatterns.Burnout()),
        (Location, "location or remote work", ReasonPatterns.Location()),
        (Instability, "company instability", ReasonPatterns.Instability()),
    ];

    public static string Label(string id) => All.First(c => c.Id == id).Label;

    /// <summary>
    /// Categories asserted (not negated) in <paramref name="lower"/>. A layoff absorbs an org change in
    /// the same sentence: "laid off in a restructuring" is a layoff, not a second reason.
    /// </summary>
    public static IReadOnlySet<string> In(string lower)
    {
        var found = All.Where(c => c.Pattern.Matches(lower).Any(m => !IsNegated(lower, m))).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (found.Contains(Layoff)) found.Remove(OrgChange);
        return found;
    }

    // "Never got a raise" complains about pay: for raises and bonuses a negation is the reason itself.
    private static bool IsNegated(string lower, Match match) =>
        !match.Value.StartsWith("raise", StringComparison.Ordinal) && !match.Value.StartsWith("bonus", StringComparison.Ordinal) &&
        (ReasonPatterns.NegatedBefore().IsMatch(lower[..match.Index]) ||
        ReasonPatterns.NegatedAfter().IsMatch(lower[(match.Index + match.Length)..]));
}
