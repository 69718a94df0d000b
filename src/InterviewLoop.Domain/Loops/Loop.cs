namespace InterviewLoop.Domain.Loops;

/// <summary>
/// The loop aggregate: candidate, role and round plan. Rounds' scorecards and panels live in
/// their own <see cref="Rounds.Round"/> streams so that scoring one round never contends with another.
/// </summary>
public sealed class Loop
{
    /// <summary>The plan, or <c>null</c> before the loop is planned.</summary>
    public LoopPlan? Plan { get; private set; }

    /// <summary>True once planned.</summary>
    public bool Exists => Plan is not null;

    /// <summary>Decides the events that plan a new loop; throws when it exists or the plan breaks a rule.</summary>
    public IReadOnlyList<ILoopEvent> Create(LoopPlan plan, DateTimeOffset now)
    {
        if (Exists) throw new DomainException("loop.exists", $"loop.id: a loop with id '{plan.LoopId}' already exists", "loop.id");
        plan.Validate();
        return [new LoopPlanned(plan, now)];
    }

    /// <summary>Evolves state by one event.</summary>
    public void Apply(ILoopEvent e)
    {
        switch (e)
        {
            case LoopPlanned p: Plan = p.Plan; break;
            default: throw new InvalidOperationException($"Unknown loop event {e.GetType().Name}");
        }
    }
}
