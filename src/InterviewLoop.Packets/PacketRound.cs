namespace InterviewLoop.Packets;

/// <summary>One round of the packet with every panel member's scorecard (or its absence).</summary>
/// <param name="Id">Round id, e.g. <c>r3</c>.</param>
/// <param name="Kind">Kind label, e.g. "Project deep dive".</param>
/// <param name="Rubric">Rubric display name with its id, e.g. "Senior evidence (senior-evidence/v1)".</param>
/// <param name="StartedAt">Start (UTC), or <c>null</c> when not scheduled.</param>
/// <param name="DurationMinutes">Time box in minutes.</param>
/// <param name="Panel">Panel members with their part, e.g. "Dana K. (lead)".</param>
/// <param name="Scorecards">One per panel member in panel order, then any scorecard by someone no longer on the panel.</param>
public sealed record PacketRound(
    string Id,
    string Kind,
    string Rubric,
    DateTimeOffset? StartedAt,
    int DurationMinutes,
    IReadOnlyList<string> Panel,
    IReadOnlyList<PacketScorecard> Scorecards);
