namespace InterviewLoop.Server.Scoring;

/// <summary>
/// SignalR group names. Pushes that carry scorecard content go only to one user's group of one
/// round, after <see cref="Domain.Rounds.ScorecardVisibility"/> has allowed them for that user; the
/// room and progress groups carry no ratings.
/// </summary>
internal static class ScoringGroups
{
    /// <summary>The board watchers (recruiters, admins).</summary>
    public const string Board = "board";

    /// <summary>The debrief pages of <paramref name="loopId"/> (they hear of calibration updates, never of ratings).</summary>
    public static string Debrief(string loopId) => $"debrief|{loopId}";

    /// <summary>The connections of <paramref name="userId"/> on <paramref name="roundKey"/>.</summary>
    public static string Own(string roundKey, string userId) => $"scorecard|{roundKey}|{userId}";

    /// <summary>Everyone with <paramref name="roundKey"/> open.</summary>
    public static string Room(string roundKey) => $"room|{roundKey}";

    /// <summary>The connections watching the progress of <paramref name="roundKey"/>.</summary>
    public static string Progress(string roundKey) => $"progress|{roundKey}";
}
