using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration.Tests.Builders;

/// <summary>Builds loop snapshots: <c>new LoopBuilder().Round("r1", r => r.Card("u-17", c => c.Rate("scope", 4))).Build()</c>.</summary>
internal sealed class LoopBuilder
{
    private readonly List<RoundSnapshot> _rounds = [];
    private Level _target = Level.FromRank(4);

    public LoopBuilder Target(int rank)
    {
        _target = Level.FromRank(rank);
        return this;
    }

    public LoopBuilder Round(string id, Action<RoundBuilder> build, string? rubric = null)
    {
        var round = new RoundBuilder(id, rubric ?? SeniorEvidenceRubric.V1.Id);
        build(round);
        _rounds.Add(round.Build());
        return this;
    }

    public LoopSnapshot Build() =>
        new("loop-1", new Candidate("cand-1", "Casey Candidate"), new Role("Backend Engineer", Track.Ic, _target), _rounds);
}

internal sealed class RoundBuilder(string id, string rubric)
{
    private readonly List<ScorecardBuilder> _cards = [];
    private readonly HashSet<string> _shadows = [];

    public RoundBuilder Card(string interviewer, Action<ScorecardBuilder> build)
    {
        var card = new ScorecardBuilder(interviewer);
        build(card);
        _cards.Add(card);
        return this;
    }

    /// <summary>A scorecard by a shadow on the round's panel.</summary>
    public RoundBuilder Shadow(string interviewer, Action<ScorecardBuilder> build)
    {
        _shadows.Add(interviewer);
        return Card(interviewer, build);
    }

    public RoundSnapshot Build()
    {
        var cards = _cards.Select(c => c.Build()).ToArray();
        var panel = new Panel(cards.Select(c => new PanelMember(c.InterviewerId, c.InterviewerName, _shadows.Contains(c.InterviewerId) ? PanelRole.Shadow : PanelRole.Lead)).ToArray());
        return new RoundSnapshot(new RoundPlan(id, RoundKind.ProjectDeepDive, rubric, null, 45, panel), cards);
    }
}
