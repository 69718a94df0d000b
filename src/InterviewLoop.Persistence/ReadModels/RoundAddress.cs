namespace InterviewLoop.Persistence.ReadModels;

/// <summary>A round's loop id and round id, recovered from its stream id <c>round/{loopId}/{roundId}</c>.</summary>
internal readonly record struct RoundAddress(string LoopId, string RoundId)
{
    private const string Prefix = "round/";

    // Ids never contain '/', so the first slash after the prefix separates loop from round.
    public static RoundAddress FromStream(string streamId)
    {
        var slash = streamId.StartsWith(Prefix, StringComparison.Ordinal) ? streamId.IndexOf('/', Prefix.Length) : -1;
        if (slash < 0 || slash == streamId.Length - 1)
            throw new InvalidOperationException($"stream '{streamId}' holds round events but is not named round/{{loopId}}/{{roundId}}");
        return new RoundAddress(streamId[Prefix.Length..slash], streamId[(slash + 1)..]);
    }
}
