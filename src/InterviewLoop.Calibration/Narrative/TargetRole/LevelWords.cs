using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Calibration.Narrative.TargetRole;

/// <summary>
/// Level words and level ids on one scale, seed 001's bands: "senior" and "L4" are the same ask,
/// "staff" and "L5" too, so "a senior role" in one round and "an L4 role" in another agree.
/// </summary>
internal static class LevelWords
{
    /// <summary>The band of a level word ("staff") or id ("L5"), lower-case, e.g. <c>staff</c>.</summary>
    public static string Band(string word)
    {
        if (Level.TryParse(word, out var level)) return LevelMap.Default.Describe(level).Band.ToString().ToLowerInvariant();
        return word switch
        {
            "mid-level" => "mid",
            "distinguished" => "principal",
            _ => word,
        };
    }
}
