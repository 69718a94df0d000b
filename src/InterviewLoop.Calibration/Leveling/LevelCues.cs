using System.Text.RegularExpressions;
using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Calibration.Leveling;

/// <summary>
/// Words in an evidence note that place the work on seed 001's level map, by band: the size of the
/// problem owned (a task, a feature, a service, several systems, the company), how direction was
/// set, whose work changed and what a failure would have broken. A band becomes a level through the
/// organisation's <see cref="LevelMap"/>: the level of that band nearest the loop's target, so a
/// map that places "staff" at L6 reads staff-sized evidence as L6.
/// </summary>
internal static partial class LevelCues
{
    private static readonly (LevelBand Band, Regex Pattern)[] Cues =
    [
        (LevelBand.Junior, Junior()),
        (LevelBand.Mid, Mid()),
        (LevelBand.Senior, Senior()),
        (LevelBand.Staff, Staff()),
        (LevelBand.Principal, Principal()),
    ];

    /// <summary>The bands the note's words point to, with the words that matched.</summary>
    public static IEnumerable<(LevelBand Band, string Words)> In(string text)
    {
        var lower = text.ToLowerInvariant();
        return Cues.SelectMany(c => c.Pattern.Matches(lower).Select(m => (c.Band, m.Value)));
    }

    /// <summary>The level of <paramref name="band"/> in <paramref name="map"/> nearest to <paramref name="target"/>.</summary>
    public static Level LevelOf(LevelBand band, LevelMap map, Level target) =>
        map.Levels.Where(l => l.Band == band).Select(l => l.Level).OrderBy(l => Math.Abs(l.Rank - target.Rank)).ThenBy(l => l.Rank)
            .DefaultIfEmpty(target).First();

    [GeneratedRegex(@"\b(?:single (?:task|function|ticket)|tickets? (?:assigned|handed) to|(?:needed|needs|required) (?:guidance|hand-holding)|waited (?:for|to be told)|well-defined tasks?|told (?:him|her|them) what to (?:do|build))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Junior();

    [GeneratedRegex(@"\b(?:a (?:single )?feature|feature-sized|small project|(?:one|a) component|once the (?:spec|requirements?|product spec) (?:was|were) (?:clear|final|written)|within (?:his|her|their) (?:own )?team|loosely (?:defined|specified)|the lead set the direction)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Mid();

    [GeneratedRegex(@"\b(?:(?:whole|entire) (?:service|system)|owned the [\w-]+ (?:service|system|workflow|pipeline)|service outage|(?:adjacent|neighbou?ring) teams|set (?:the )?direction for (?:the|her|his|their) team|ambiguous (?:problem|goal|ask)s?|broke (?:it|the problem) down)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Senior();

    [GeneratedRegex(@"\b(?:(?:several|multiple|three|four|five|six|seven|eight|\d+) (?:systems|teams|services|squads|product areas)|cross-team|org-wide (?:standards?|rfcs?|practice)|across the (?:engineering )?(?:org|organi[sz]ation)|technical direction for (?:the|a) (?:domain|area|group)|rfcs? (?:adopted|used) (?:by|across)|patterns? (?:that )?other teams)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Staff();

    [GeneratedRegex(@"\b(?:company-wide|(?:whole|entire) company|company's technical strategy|multi-year (?:technical )?(?:strategy|roadmap)|across (?:several )?organi[sz]ations|industry-wide)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Principal();
}
