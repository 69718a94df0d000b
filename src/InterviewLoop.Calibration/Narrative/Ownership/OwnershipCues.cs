using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Ownership;

/// <summary>How a cue picks its project: the object of a verb, or anything the clause names.</summary>
internal enum CueReach
{
    /// <summary>"led the X", "the X he led": only the verb's own object counts.</summary>
    Object,

    /// <summary>"his part was...", "end to end", "we...": the clause's main project.</summary>
    Clause,
}

/// <summary>One ownership word found in a clause.</summary>
internal sealed record OwnershipCue(OwnershipLevel Level, CueReach Reach, int Start, int End);

/// <summary>
/// Words that say what part the candidate played, on lower-cased clauses. "Another engineer led it"
/// and "it was run by his manager" are contributions: the leader named is someone else. "Led to"
/// and "drove down" are outcomes, not leadership. "Took over as lead" after contributing is a
/// progression, told as both.
/// </summary>
internal static partial class OwnershipCues
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>
    /// The cues of <paramref name="clause"/> (lower-case); <paramref name="original"/> is the same clause as
    /// written, used to see who leads: "Tom ran the project" is someone else's lead, so a contribution.
    /// </summary>
    public static IReadOnlyList<OwnershipCue> In(string clause, string? original = null)
    {
        var contributed = Contributed().Matches(clause).Select(m => Cue(OwnershipLevel.Contributed, CueReach.Clause, m))
            .Concat(Led().Matches(clause).Where(m => original is not null && ByNamedOther(original, m)).Select(m => Cue(OwnershipLevel.Contributed, CueReach.Clause, m)))
            .ToList();
        if (contributed.Count > 0 && Progression().Match(clause) is { Success: true } p)
            return [.. contributed, Cue(OwnershipLevel.Led, CueReach.Clause, p)];
        if (contributed.Count > 0) return contributed;
        return Owned().Matches(clause).Select(m => Cue(OwnershipLevel.Owned, CueReach.Clause, m))
            .Concat(Led().Matches(clause).Select(m => Cue(OwnershipLevel.Led, CueReach.Object, m)))
            .Concat(We().Matches(clause).Select(m => Cue(OwnershipLevel.Team, CueReach.Clause, m)))
            .ToArray();
    }

    /// <summary>The level a claim's value names ("contributed", "led", "owned end to end"), or <c>null</c>.</summary>
    public static OwnershipLevel? LevelOf(string text)
    {
        var cues = In(text);
        return cues.Count == 0 ? null : cues.Max(c => c.Level);
    }

    private static OwnershipCue Cue(OwnershipLevel level, CueReach reach, Match m) => new(level, reach, m.Index, m.Index + m.Length);

    // A capitalised name right before the verb, not opening the sentence and not a pronoun.
    private static bool ByNamedOther(string original, Match m) =>
        NamedActor().Match(original[..m.Index]) is { Success: true } actor && !Pronouns.Contains(actor.Groups[1].Value);

    private static readonly HashSet<string> Pronouns = new(["He", "She", "They", "I", "We", "It", "Candidate", "The", "Then", "Also"], StringComparer.Ordinal);

    [GeneratedRegex(@"(?<=\S\s+)([A-Z][a-z]+)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedActor();

    [GeneratedRegex(@"\b(?:contribut\w+|helped|helping|assisted|pitched in|supported|worked on|was (?:one of (?:\w+ )?(?:the )?(?:engineers|devs|developers|people)|part of|on the team)|(?:his|her|their|my) (?:part|piece|role|contribution|share|slice) (?:was|were|in it|on it|as)|(?:described|framed|put) (?:his|her|their|my) (?:part|role|piece) as|a (?:small|minor|supporting|narrow) (?:part|role|piece)|(?:another|a different|one other|other|a senior|a staff|the staff|the principal) (?:engineer|person|lead|colleague|teammate|developer)\s+(?:led|ran|owned|drove|headed)|(?:someone|somebody) else (?:led|ran|owned|drove)|(?:was|were|got) (?:led|run|owned|driven|headed) by|not the (?:tech )?lead|(?:wasn't|was not|isn't|is not) (?:the )?(?:tech )?lead|(?:didn't|did not|never) (?:lead|own|run|drive)|(?:design|idea|architecture|plan) (?:was|came from) (?:[a-z]+'s|someone else's|(?:his|her|their) (?:lead|manager|tech lead)(?:'s)?)|(?:was|as) (?:a|the|one) reviewer)\b", Options)]
    private static partial Regex Contributed();

    [GeneratedRegex(@"\b(?:took over|stepped up|became (?:the )?(?:tech )?lead|promoted to (?:tech )?lead|ended up leading|later led|then led)\b", Options)]
    private static partial Regex Progression();

    [GeneratedRegex(@"\b(?:end[- ]to[- ]end|from the ground up|from scratch|from start to finish|start to finish|sole (?:owner|engineer|developer|author)|single-?handedly|by (?:himself|herself|themselves|myself)|(?:all )?on (?:his|her|their|my) own|alone|solo)\b", Options)]
    private static partial Regex Owned();

    [GeneratedRegex(@"\b(?:led|leads|leading|ran|runs|running|drove|drives|driving|headed|heads|heading|owned|owns|owning|spearheaded|architected|was (?:the )?(?:tech(?:nical)? )?lead (?:on|for)|tech[- ]led|in charge of|took (?:over|charge of))\b(?!\s+(?:to|into|down|up|the numbers|out of)\b)", Options)]
    private static partial Regex Led();

    // First person plural as the candidate told it, quoted or paraphrased by the interviewer.
    [GeneratedRegex(@"\b(?:we (?:built|did|shipped|migrated|ran|rebuilt|rewrote|designed|launched|delivered|owned|moved)|the team (?:built|did|shipped|migrated|rebuilt|rewrote|delivered)|in [""'‘“]?we[""'’”]? terms|says [""'‘“]?we[""'’”]?|always [""'‘“]?we[""'’”]?|uses [""'‘“]?we[""'’”]?)(?=\W|$)", Options)]
    private static partial Regex We();
}
