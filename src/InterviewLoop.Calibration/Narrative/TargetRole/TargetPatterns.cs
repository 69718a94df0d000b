using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.TargetRole;

/// <summary>Word lists for what role the candidate wants next, on lower-cased clauses.</summary>
internal static partial class TargetPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:wants?|wanted|wanting|looking for|looking to|targeting|targets?|aims?|aiming|hop(?:e|es|ing)|interested in|keen (?:on|to)|would like|'d like|prefers?|preferred|seeking|seeks|after an?|asked for|asks for|asking for|goal is|next (?:step|role|move)|ideal role|wish(?:es)?|aspir\w*|ambitions?|plans? to|sees? (?:him|her|them|my)self|saw (?:him|her|them|my)self|going for|applying for|open to|set on|focused on (?:a|an|roles?))\b", Options)]
    internal static partial Regex Desire();

    // A later ambition is not the role asked for now (seed 000: staff direction later, senior IC now).
    [GeneratedRegex(@"\b(?:long(?:er)?[- ]term|eventually|some ?day|one day|down the (?:road|line)|in (?:a few|\d+|several) years|over time|later(?: on)?|(?:in the )?future|not (?:now|yet|right now)|later direction|not the current ask|ultimately|after that|in time|at some point|years from now)\b", Options)]
    internal static partial Regex Future();

    [GeneratedRegex(@"\b(?:people manag\w*|engineering manag\w*|em role|manag(?:e|ing) (?:a |the |his |her |their )?(?:team|people|engineers)|management(?: track| role| path| position)?|manager role|line manag\w*|direct reports|lead(?:ing)? people|people leadership|managerial|becoming a manager|become a manager)\b", Options)]
    internal static partial Regex Manager();

    [GeneratedRegex(@"\b(?:ic|individual contributor|hands-on|hands on|stay(?:ing)? technical|remain technical|close to the code|write code|writing code|coding|technical track)\b", Options)]
    internal static partial Regex Ic();

    [GeneratedRegex(@"\b(?<level>senior|staff|principal|distinguished|mid-level|junior)\b(?=[\s-]+(?:level\b|ic\b|individual|engineer|backend|frontend|software|developer|swe|role|position|title|platform|infra\w*|product|full-?stack|data)|\s*$)|\b(?<l>l[1-8])\b", Options)]
    internal static partial Regex Level();

    [GeneratedRegex(@"\b(?:hands-on|hands on|close to the code|write code|writing code|coding|building|build things|implementation|design(?:ing)? and build(?:ing)?)\b", Options)]
    internal static partial Regex HandsOn();

    [GeneratedRegex(@"\b(?:strategy|strategic|architecture (?:role|only)|architect role|set(?:ting)? (?:the )?(?:technical )?direction|org-wide|less coding|(?:away|step back|stepping back) from (?:the )?code|roadmaps?|vision)\b", Options)]
    internal static partial Regex Strategy();

    [GeneratedRegex(@"\b(?:coordinat\w*|program manag\w*|project manag\w*)\b", Options)]
    internal static partial Regex Coordination();

    // "Management is not what she is after": the wish is denied after the word.
    [GeneratedRegex(@"^\s*(?:(?:is|was|are|were)\s+(?:not|never)|isn't|wasn't|aren't)\b", Options)]
    internal static partial Regex NegatedAfter();

    [GeneratedRegex(@"(?:\b(?:not|no|never|less|without|away from|no longer|rather than|instead of|than|over|not interested in|no interest in|no desire to|doesn't want|does not want|don't want|didn't want)|n't)\s+(?:\S+\s+){0,3}$", Options)]
    internal static partial Regex NegatedBefore();
}
