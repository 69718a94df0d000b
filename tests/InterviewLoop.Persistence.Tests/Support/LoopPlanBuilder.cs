using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>Builds loop plans; defaults follow the sample loop (Daniel R., Senior Backend Engineer, L4).</summary>
public sealed class LoopPlanBuilder(string loopId = Sample.LoopId)
{
    private readonly List<RoundPlan> _rounds = [];
    private Candidate _candidate = new("cand-88", "Daniel R.");
    private Role _role = new("Senior Backend Engineer", Track.Ic, Level.FromRank(4));

    public LoopPlanBuilder For(string candidateId, string name)
    {
        _candidate = new Candidate(candidateId, name);
        return this;
    }

    public LoopPlanBuilder AsRole(string title, Track track, int level)
    {
        _role = new Role(title, track, Level.FromRank(level));
        return this;
    }

    public LoopPlanBuilder Round(string roundId, RoundKind kind, string rubricId, params PanelMember[] panel) =>
        Round(roundId, kind, rubricId, null, panel);

    public LoopPlanBuilder Round(string roundId, RoundKind kind, string rubricId, DateTimeOffset? startedAt, params PanelMember[] panel)
    {
        _rounds.Add(new RoundPlan(roundId, kind, rubricId, startedAt, RoundPlan.DefaultDurationMinutes, new Panel(panel)));
        return this;
    }

    public LoopPlan Build() => new(loopId, _candidate, _role, _rounds.ToArray());
}
