using System.Text.RegularExpressions;
using InterviewLoop.Calibration.Narrative.Projects;

namespace InterviewLoop.Calibration.Narrative.Ownership;

/// <summary>Ties the ownership cues of a clause to the projects they are about.</summary>
internal static partial class ProjectTargets
{
    /// <summary>Characters after a verb within which its object starts ("led the whole billing migration").</summary>
    public const int ObjectReach = 40;

    public static IEnumerable<OwnershipClaim> Claims(
        string clause, IReadOnlyList<OwnershipCue> cues, IReadOnlyList<ProjectName> projects, ProjectName? main, ProjectName? last)
    {
        var objects = cues.Where(c => c.Reach == CueReach.Object).Select(c => ObjectOf(clause, c, projects, last)).OfType<ProjectName>().ToArray();
        foreach (var cue in cues.Where(c => c.Reach == CueReach.Clause))
            if ((cue.Level == OwnershipLevel.Owned ? objects.FirstOrDefault() ?? main : main) is { } target)
                yield return new OwnershipClaim(target, cue.Level);
        if (cues.Any(c => c.Level == OwnershipLevel.Owned)) yield break;
        foreach (var target in objects) yield return new OwnershipClaim(target, OwnershipLevel.Led);
    }

    private static ProjectName? ObjectOf(string clause, OwnershipCue cue, IReadOnlyList<ProjectName> projects, ProjectName? last)
    {
        var after = projects.FirstOrDefault(p => p.Start >= cue.End && p.Start - cue.End <= ObjectReach && !VerbBetween(clause[cue.End..p.Start]));
        if (after is not null) return after;
        // "The migration he led" (no object of its own), not "for the workflow she owned the rules".
        var before = OwnObject().IsMatch(clause[cue.End..]) ? null
            : projects.LastOrDefault(p => p.End <= cue.Start && RelativeClause().IsMatch(clause[p.End..cue.Start]));
        if (before is not null) return before;
        return ObjectPronoun().IsMatch(clause[cue.End..]) ? last : null;
    }

    // "owned the retention rules and built the workflow": the object of "owned" is the rules.
    private static bool VerbBetween(string gap) => OtherNoun().IsMatch(gap);

    [GeneratedRegex(@"^\s*,?\s*(?:which|that)?\s*(?:he|she|they|i|the candidate)?\s*(?:personally|also|then)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^\s+(?:the|a|an|his|her|their|its|our|all|every|most)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnObject();

    [GeneratedRegex(@"^\s*(?:it|that)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"\b(?:rules|events|plan|design|checklist|runbook|tests|schema|docs?|review|estimates?|and|but|while|then)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherNoun();
}
