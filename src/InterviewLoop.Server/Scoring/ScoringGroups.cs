namespace InterviewLoop.Server.Scoring;

/// <summary>SignalR group names. An interviewer's group is per round and per interviewer, so a push never reaches a colleague.</summary>
internal static class ScoringGroups
{
    /// <summary>The connections of <paramref name="interviewerId"/> scoring <paramref name="roundKey"/>.</summary>
    public static string Own(string roundKey, string interviewerId) => $"scorecard|{roundKey}|{interviewerId}";

    /// <summary>The connections watching the progress of <paramref name="roundKey"/>.</summary>
    public static string Progress(string roundKey) => $"progress|{roundKey}";
}
