using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;

namespace InterviewLoop.Server.Scoring;

/// <summary>The answer to <see cref="ScoringHub.JoinRound"/>: a panelist's own scorecard, or a watcher's progress.</summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Sequence">Round sequence number at join; later pushes carry higher numbers.</param>
/// <param name="Scorecard">The caller's own scorecard when on the panel, else <c>null</c>.</param>
/// <param name="Progress">Who started and submitted, for recruiters and admins; else <c>null</c>.</param>
public sealed record JoinResult(string RoundKey, long Sequence, Scorecard? Scorecard, RoundProgress? Progress);
