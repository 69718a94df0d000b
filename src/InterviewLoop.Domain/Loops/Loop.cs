namespace InterviewLoop.Domain.Loops;

/// <summary>
/// The loop aggregate: candidate, role, round plan and the committee's decision. Rounds' scorecards
/// and panels live in their own <see cref="Rounds.Round"/> streams so that scoring one round never
/// contends with another.
/// </summary>
public sealed class Loop
{
    /// <summary>The plan, or <c>null</c> before the loop is planned.</summary>
    public LoopPlan? Plan { get; private set; }

    /// <summary>The hiring committee's decision, or <c>null</c> while undecided.</summary>
    public LoopDecision? Decision { get; private set; }

    /// <summary>True once planned.</summary>
    public bool Exists => Plan is not null;

    /// <summary>Decides the events that plan a new loop; throws when it exists or the plan breaks a rule.</summary>
    public IReadOnlyList<ILoopEvent> Create(LoopPlan plan, DateTimeOffset now)
    {
        if (Exists) throw new DomainException("loop.exists", $"loop.id: a loop with id '{plan.LoopId}' already exists", "loop.id");
        plan.Validate();
        return [new LoopPlanned(plan, now)];
    }

    /// <summary>
    /// Decides the event that records the committee's decision. Refused (<see cref="DomainException"/>)
    /// before the loop is planned (<c>loop.not_planned</c>), once decided (<c>loop.decided</c>: a
    /// decision is recorded once), and for a bad <paramref name="command"/> (see <see cref="LoopDecisions"/>).
    /// </summary>
    public IReadOnlyList<ILoopEvent> Decide(DecideLoop command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Exists) throw new DomainException("loop.not_planned", "loop: a loop must be planned before it is decided");
        if (Decision is { } d)
            throw new DomainException("loop.decided", $"decision: the loop was already decided ({d.Outcome.ToWire()}) by {d.DecidedByName}; a decision is recorded once", "decision");
        return [new LoopDecided(LoopDecisions.Validate(command, now))];
    }

    /// <summary>Evolves state by one event.</summary>
    public void Apply(ILoopEvent e)
    {
        switch (e)
        {
            case LoopPlanned p: Plan = p.Plan; break;
            case LoopDecided d: Decision = d.Decision; break;
            default: throw new InvalidOperationException($"Unknown loop event {e.GetType().Name}");
        }
    }
}
