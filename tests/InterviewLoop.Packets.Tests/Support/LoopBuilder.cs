using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>Builds loop snapshots for packet tests; defaults describe a small senior loop.</summary>
internal sealed class LoopBuilder
{
    private readonly List<RoundSnapshot> _rounds = [];
    private string _candidate = "Avery Q.";

    public LoopBuilder WithCandidate(string displayName)
    {
        _candidate = displayName;
        return this;
    }

    public LoopBuilder AddRound(string id, RoundKind kind, string rubricId, IReadOnlyList<PanelMember> panel, params Scorecard[] scorecards)
    {
        var plan = new RoundPlan(id, kind, rubricId, new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero), 45, new Panel(panel));
        _rounds.Add(new RoundSnapshot(plan, scorecards));
        return this;
    }

    public LoopSnapshot Build() =>
        new("loop-test-7", new Candidate("cand-1", _candidate),
            new Role("Senior Backend Engineer", Track.Ic, Level.Parse("L4", "test")), _rounds);

    public static PanelMember Lead(string id, string name) => new(id, name, PanelRole.Lead);

    public static PanelMember Shadow(string id, string name) => new(id, name, PanelRole.Shadow);
}
