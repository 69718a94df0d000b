namespace InterviewLoop.Packets.Model;

/// <summary>The packet's cover: candidate, role, dates, panel and where the loop stands.</summary>
/// <param name="CandidateName">Candidate display name.</param>
/// <param name="RoleTitle">Job title, e.g. "Senior Backend Engineer".</param>
/// <param name="Track">"IC" or "Manager".</param>
/// <param name="TargetLevel">The loop's target level, <c>L1</c>..<c>L8</c>.</param>
/// <param name="FirstRoundAt">Start of the earliest scheduled round (UTC), or <c>null</c> when none is scheduled.</param>
/// <param name="LastRoundEndsAt">End of the latest scheduled round (start + time box, UTC), or <c>null</c>.</param>
/// <param name="Panel">Every interviewer of the loop, once, in order of first appearance.</param>
/// <param name="DecisionStatus">"No decision recorded", or the decision in a few words ("Hire at L4").</param>
/// <param name="Completeness">Submitted scorecards against panel seats.</param>
public sealed record PacketCover(
    string CandidateName,
    string RoleTitle,
    string Track,
    string TargetLevel,
    DateTimeOffset? FirstRoundAt,
    DateTimeOffset? LastRoundEndsAt,
    IReadOnlyList<PacketPanelist> Panel,
    string DecisionStatus,
    PacketCompleteness Completeness);

/// <summary>One interviewer of the loop and the rounds they sit on.</summary>
/// <param name="Id">User id, e.g. <c>u-17</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Rounds">Ids of the rounds this interviewer is on, in loop order.</param>
public sealed record PacketPanelist(string Id, string Name, IReadOnlyList<string> Rounds);

/// <summary>How many of the scorecards a complete loop has are submitted.</summary>
/// <param name="Submitted">Submitted scorecards of panel members, over all rounds.</param>
/// <param name="Expected">Panel seats over all rounds.</param>
/// <param name="Outstanding">Who still owes one, e.g. "r4: Dana K."; empty when complete.</param>
public sealed record PacketCompleteness(int Submitted, int Expected, IReadOnlyList<string> Outstanding)
{
    /// <summary>True when every panel member of every round has submitted.</summary>
    public bool IsComplete => Outstanding.Count == 0;
}
