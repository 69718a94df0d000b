using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Ownership;

/// <summary>
/// Words that say what part the candidate played, on lower-cased clauses. "Another engineer led it"
/// and "it was run by his manager" are contributions: the leader named is someone else. "Led to"
/// and "drove down" are outcomes, not leadership.
/// </summary>
internal static partial class OwnershipCues
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static OwnershipLevel? LevelOf(string clause)
    {
        if (Contributed().IsMatch(clause)) return OwnershipLevel.Contributed;
        if (Owned().IsMatch(clause)) return OwnershipLevel.Owned;
        if (Led().IsMatch(clause)) return OwnershipLevel.Led;
        return We().IsMatch(clause) ? OwnershipLevel.Team : null;
    }

    [GeneratedRegex(@"\b(?:contribut\w+|helped|helping|assisted|pitched in|supported|worked on|was (?:one of (?:the|several|many) (?:engineers|devs|developers)|part of|on the team)|(?:his|her|their|my) (?:part|piece|role|contribution|share|slice) (?:was|were|in it|on it|as)|(?:described|framed|put) (?:his|her|their|my) (?:part|role|piece) as|a (?:small|minor|supporting|narrow) (?:part|role|piece)|(?:another|a different|one other|other|a senior|a staff|the staff|the principal) (?:engineer|person|lead|colleague|teammate|developer|engineer on the team)\s+(?:led|ran|owned|drove|headed)|(?:someone|somebody) else (?:led|ran|owned|drove)|(?:was|were|got) (?:led|run|owned|driven|headed) by|not the (?:tech )?lead|(?:wasn't|was not|isn't|is not) (?:the )?(?:tech )?lead|(?:didn't|did not|never) (?:lead|own|run|drive))\b", Options)]
    private static partial Regex Contributed();

    [GeneratedRegex(@"\b(?:end[- ]to[- ]end|from start to finish|start to finish|from scratch to launch|sole (?:owner|engineer|developer|author)|single-?handedly|by (?:himself|herself|themselves|myself)|(?:all )?on (?:his|her|their|my) own|alone|solo)\b", Options)]
    private static partial Regex Owned();

    [GeneratedRegex(@"\b(?:led|leads|leading|ran|runs|running|drove|drives|driving|headed|heads|heading|owned|owns|owning|spearheaded|architected|was (?:the )?(?:tech(?:nical)? )?lead (?:on|for)|tech[- ]led|in charge of|took (?:over|charge of))\b(?!\s+(?:to|into|down|up|the numbers|out of)\b)", Options)]
    private static partial Regex Led();

    // First person plural as the candidate told it, quoted or paraphrased by the interviewer.
    [GeneratedRegex(@"\b(?:we (?:built|did|shipped|migrated|ran|rebuilt|rewrote|designed|launched|delivered|owned|moved)|the team (?:built|did|shipped|migrated|rebuilt|rewrote|delivered)|in ""?we""? terms|says ""?we""?|always ""?we""?|uses ""?we""?)\b", Options)]
    private static partial Regex We();
}
