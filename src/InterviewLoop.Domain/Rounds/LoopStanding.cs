using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Domain.Rounds;

/// <summary>One round of a loop as the visibility rule reads it.</summary>
/// <param name="RoundId">Round id.</param>
/// <param name="Panel">The current panel (who owes a scorecard, who leads, who shadows).</param>
/// <param name="SubmittedIds">Interviewer ids who submitted in this round.</param>
/// <param name="TrainingMode">True when the round's shadows may watch its lead's scorecard live.</param>
public sealed record RoundStanding(string RoundId, Panel Panel, IReadOnlyCollection<string> SubmittedIds, bool TrainingMode)
{
    /// <summary>The standing of <paramref name="round"/> as its aggregate holds it.</summary>
    public static RoundStanding Of(Round round) => new(
        round.Plan?.RoundId ?? "", round.Panel,
        round.Scorecards.Values.Where(s => s.IsSubmitted).Select(s => s.InterviewerId).ToArray(),
        round.Room.TrainingMode);
}

/// <summary>Every round of one loop, for <see cref="ScorecardVisibility"/>.</summary>
/// <param name="Rounds">The loop's rounds (order does not matter).</param>
public sealed record LoopStanding(IReadOnlyList<RoundStanding> Rounds)
{
    /// <summary>True when <paramref name="userId"/> is on a panel of the loop and has not submitted there.</summary>
    public bool Owes(string userId) =>
        Rounds.Any(r => r.Panel.Contains(userId) && !r.SubmittedIds.Contains(userId));

    /// <summary>True when <paramref name="userId"/> is on at least one panel of the loop.</summary>
    public bool IsOnAPanel(string userId) => Rounds.Any(r => r.Panel.Contains(userId));

    /// <summary>The round with <paramref name="roundId"/>, or <c>null</c>.</summary>
    public RoundStanding? Find(string roundId) => Rounds.FirstOrDefault(r => r.RoundId == roundId);

    /// <summary>This standing with <paramref name="round"/> in place of the round of the same id (added when missing).</summary>
    public LoopStanding With(RoundStanding round) =>
        new([.. Rounds.Where(r => r.RoundId != round.RoundId), round]);
}
