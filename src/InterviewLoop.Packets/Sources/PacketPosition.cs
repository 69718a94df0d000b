using System.Globalization;

namespace InterviewLoop.Packets.Sources;

/// <summary>
/// Where in the event log a packet was read: the version of the loop's stream, of each round's
/// stream, and the global position of the newest of those events. Reading the same streams up to
/// the same versions gives the same packet, whatever was appended later.
/// </summary>
/// <param name="Global">Global event-log position of the loop's newest event at the time (≥ 1).</param>
/// <param name="LoopVersion">Version of stream <c>loop/{loopId}</c> (≥ 1).</param>
/// <param name="Rounds">Version of each round's stream <c>round/{loopId}/{roundId}</c>, in plan order.</param>
public sealed record PacketPosition(long Global, long LoopVersion, IReadOnlyList<RoundVersion> Rounds)
{
    /// <summary>The version recorded for <paramref name="roundId"/>, or <c>null</c> when none is.</summary>
    public long? VersionOf(string roundId) => Rounds.FirstOrDefault(r => r.RoundId == roundId)?.Version;

    /// <summary>"57 (loop v2; r1 v3, r2 v3)": how people read it on the packet.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Global} (loop v{LoopVersion}; {string.Join(", ", Rounds.Select(r => $"{r.RoundId} v{r.Version}"))})");

    /// <inheritdoc />
    public bool Equals(PacketPosition? other) =>
        other is not null && Global == other.Global && LoopVersion == other.LoopVersion && Rounds.SequenceEqual(other.Rounds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Global, LoopVersion, Rounds.Count);
}

/// <summary>A round stream's version.</summary>
/// <param name="RoundId">Round id.</param>
/// <param name="Version">Stream version: the number of events in it (0 when it has none).</param>
public sealed record RoundVersion(string RoundId, long Version);
