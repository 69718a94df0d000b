namespace InterviewLoop.Domain.Loops;

/// <summary>
/// A loop as planned: one candidate, one role and an ordered plan of rounds.
/// Use <see cref="Validate"/> before accepting one from outside.
/// </summary>
/// <param name="LoopId">Loop id (e.g. <c>loop-2026-0142</c>); 1..100 chars of letters, digits, '-', '_', '.'.</param>
/// <param name="Candidate">The candidate.</param>
/// <param name="Role">The role and target level.</param>
/// <param name="Rounds">Rounds in interview order; ids unique within the loop.</param>
public sealed record LoopPlan(string LoopId, Candidate Candidate, Role Role, IReadOnlyList<RoundPlan> Rounds)
{
    /// <summary>Throws <see cref="DomainException"/> naming the field when the plan breaks a rule.</summary>
    public void Validate()
    {
        Ids.Require(LoopId, "loop.id");
        if (string.IsNullOrWhiteSpace(Candidate.DisplayName))
            throw new DomainException("loop.candidate_missing", "loop.candidate.displayName: must not be empty", "loop.candidate.displayName");
        for (var i = 0; i < Rounds.Count; i++) ValidateRound(Rounds[i], $"loop.rounds[{i}]");
        var duplicate = Rounds.GroupBy(r => r.RoundId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException("round.duplicate_id", $"loop.rounds: round id '{duplicate.Key}' is used twice", "loop.rounds");
    }

    private static void ValidateRound(RoundPlan round, string path)
    {
        Ids.Require(round.RoundId, $"{path}.id");
        if (round.DurationMinutes is < 5 or > 480)
            throw new DomainException("round.duration", $"{path}.durationMinutes: {round.DurationMinutes} is outside 5..480", $"{path}.durationMinutes");
    }
}
