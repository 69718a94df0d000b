namespace InterviewLoop.Domain.Loops;

/// <summary>The rules a recorded decision follows.</summary>
public static class LoopDecisions
{
    /// <summary>
    /// The decision <paramref name="command"/> records at <paramref name="now"/>. Throws
    /// <see cref="DomainException"/> naming the field: <c>rationale</c> blank or over
    /// <see cref="LoopDecision.MaxRationaleLength"/>; <c>level</c> missing for a hire or given for anything else;
    /// <c>decidedBy</c> not a valid user id.
    /// </summary>
    public static LoopDecision Validate(DecideLoop command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        Ids.Require(command.DecidedById, "decidedBy");
        var rationale = command.Rationale?.Trim() ?? "";
        if (rationale.Length == 0)
            throw new DomainException("decision.rationale", "rationale: say why the committee decided this", "rationale");
        if (rationale.Length > LoopDecision.MaxRationaleLength)
            throw new DomainException("decision.rationale", $"rationale: {rationale.Length} characters is over {LoopDecision.MaxRationaleLength}", "rationale");
        if (command.Outcome == DecisionOutcome.Hire && command.Level is null)
            throw new DomainException("decision.level", "level: a hire names the level to hire at (L1..L8)", "level");
        if (command.Outcome != DecisionOutcome.Hire && command.Level is not null)
            throw new DomainException("decision.level", $"level: only a hire has a level, not {command.Outcome.ToWire()}", "level");
        return new LoopDecision(command.Outcome, command.Level, rationale, command.DecidedById, command.DecidedByName, now);
    }
}
