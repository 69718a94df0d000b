using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Scoring;

/// <summary>An interviewer's own scorecard after a durable change, pushed to their other pages of the round.</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Sequence">Round sequence number after the change; pages ignore pushes at or below what they have.</param>
/// <param name="OperationId">The operation that caused it (the sending page already has it from its ack).</param>
/// <param name="Scorecard">The whole scorecard after the change.</param>
public sealed record ScorecardPush(string RoundKey, long Sequence, string OperationId, Scorecard Scorecard);

/// <summary>The colleagues' scorecards one viewer may see now (the whole list, replacing the previous one).</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Sequence">Round sequence number the list was read at.</param>
/// <param name="Scorecards">What <see cref="Domain.Rounds.ScorecardVisibility"/> lets this viewer see, own scorecard excluded.</param>
public sealed record ColleaguesPush(string RoundKey, long Sequence, IReadOnlyList<ColleagueScorecard> Scorecards);

/// <summary>Who has a round open now.</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Version">The presence version the list was read at (<see cref="PresenceSnapshot.Version"/>); pages refuse a list older than the one they show.</param>
/// <param name="Presence">Users with at least one page open, with their page counts.</param>
public sealed record PresencePush(string RoundKey, long Version, IReadOnlyList<Presence> Presence);

/// <summary>Something on a round's line of the recruiter board changed; the board reads it again.</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
public sealed record BoardPush(string RoundKey);

/// <summary>
/// A loop's stored calibration report changed; pages read it again from <c>GET /api/loops/{loopId}/calibration/latest</c>,
/// which applies the visibility rule. Carries no rating, level or flag.
/// </summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="ComputedAt">When the report was computed (UTC).</param>
/// <param name="Trigger"><c>all_submitted</c> or <c>on_demand</c>.</param>
/// <param name="LoopPosition">Global event-log position of the loop's newest event the report was computed from.</param>
/// <param name="HistoryPosition">Global position the rater history it used was fitted at (0: none).</param>
public sealed record CalibrationNotice(string LoopId, DateTimeOffset ComputedAt, string Trigger, long LoopPosition, long HistoryPosition);

/// <summary>What the scoring hub calls on pages (strongly typed SignalR client).</summary>
public interface IScoringClient
{
    /// <summary>Sent only to the connections of the scorecard's own interviewer that joined the round.</summary>
    Task ScorecardChanged(ScorecardPush push);

    /// <summary>Sent to progress watchers (recruiters, admins); carries no ratings.</summary>
    Task ProgressChanged(RoundProgress progress);

    /// <summary>Sent to everyone in the round: agenda, clock, training mode, coverage; carries no ratings.</summary>
    Task RoomChanged(RoomView room);

    /// <summary>Sent to everyone in the round when someone opens or closes a page of it.</summary>
    Task PresenceChanged(PresencePush push);

    /// <summary>Sent to one viewer's pages: the colleagues' scorecards that viewer may see now.</summary>
    Task ColleaguesChanged(ColleaguesPush push);

    /// <summary>Sent to recruiter boards.</summary>
    Task BoardChanged(BoardPush push);

    /// <summary>Sent to recruiter boards and to the loop's debrief pages when its stored calibration report changes.</summary>
    Task CalibrationUpdated(CalibrationNotice notice);
}
