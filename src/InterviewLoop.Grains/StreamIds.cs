namespace InterviewLoop.Grains;

/// <summary>Event stream ids: <c>loop/{loopId}</c> and <c>round/{loopId}/{roundId}</c>.</summary>
public static class StreamIds
{
    /// <summary>The loop's stream.</summary>
    public static string Loop(string loopId) => $"loop/{loopId}";

    /// <summary>A round's stream; <paramref name="roundKey"/> is <c>{loopId}/{roundId}</c>.</summary>
    public static string Round(string roundKey) => $"round/{roundKey}";
}
