using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Calibration.Leveling;

/// <summary>One piece of leveling evidence from one scorecard.</summary>
/// <param name="Card">The scorecard it came from.</param>
/// <param name="Level">The level it points to.</param>
/// <param name="Quote">What it rests on, quotable (e.g. <c>levelRecommendation: L5</c>).</param>
internal sealed record LevelVote(SubmittedCard Card, Level Level, string Quote);

/// <summary>The report's <see cref="LevelSignal"/> with the votes it was computed from.</summary>
internal sealed record LevelEstimate(LevelSignal Signal, IReadOnlyList<LevelVote> Votes);
