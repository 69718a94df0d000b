using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Scoring;

/// <summary>The answer to <see cref="ScoringHub.JoinRound"/>: the caller's own scorecard or progress, the room, and what the caller may see of colleagues.</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Sequence">Round sequence number at join; later pushes carry higher numbers.</param>
/// <param name="Scorecard">The caller's own scorecard when on the panel, else <c>null</c>.</param>
/// <param name="Progress">Who started and submitted, for recruiters and admins; else <c>null</c>.</param>
/// <param name="Room">Agenda, shared clock, training mode, coverage and presence.</param>
/// <param name="Colleagues">Colleagues' scorecards the caller may see (<see cref="ScorecardVisibility"/>); usually empty until the caller submitted.</param>
/// <param name="Audit">The caller's own submit reason and amendments, or <c>null</c>.</param>
/// <param name="CanHost">True when the caller may set the agenda, start and end the clock, and switch training mode.</param>
public sealed record JoinResult(
    string RoundKey, long Sequence, Scorecard? Scorecard, RoundProgress? Progress, RoomView Room,
    IReadOnlyList<ColleagueScorecard> Colleagues, ScorecardAudit? Audit, bool CanHost);
