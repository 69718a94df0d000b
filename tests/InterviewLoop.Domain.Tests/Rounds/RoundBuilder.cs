using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests.Rounds;

/// <summary>Builds scheduled rounds: <c>new RoundBuilder().Lead("u-1").Shadow("u-2").Build()</c>.</summary>
internal sealed class RoundBuilder(string roundId = "r1", string rubric = "senior-evidence/v1", int minutes = 45)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private readonly List<PanelMember> _panel = [];

    public RoundBuilder Lead(string id) => Member(id, PanelRole.Lead);

    public RoundBuilder Shadow(string id) => Member(id, PanelRole.Shadow);

    public Round Build()
    {
        var round = new Round();
        round.Apply(new RoundScheduled("loop-1", new RoundPlan(roundId, RoundKind.SystemDesign, rubric, Now, minutes, new Panel(_panel))));
        return round;
    }

    private RoundBuilder Member(string id, PanelRole role)
    {
        _panel.Add(new PanelMember(id, $"Name {id}", role));
        return this;
    }
}

/// <summary>Applies decisions to a round as its grain would.</summary>
internal static class RoundActs
{
    private static int _next;

    public static Round Do(this Round round, IReadOnlyList<IRoundEvent> events)
    {
        foreach (var e in events) round.Apply(e);
        return round;
    }

    public static Round Rate(this Round round, string who, string dimension, int value) =>
        round.Do(round.Change(who, new ScorecardChange(NextOp(), ScorecardField.Rating, dimension, value.ToString(System.Globalization.CultureInfo.InvariantCulture)), RoundBuilder.Now));

    public static Round Note(this Round round, string who, string? dimension, string text) =>
        round.Do(round.Change(who, new ScorecardChange(NextOp(), ScorecardField.Note, dimension, text), RoundBuilder.Now));

    /// <summary>Rates scope 3, recommends mixed and submits.</summary>
    public static Round Submitted(this Round round, string who)
    {
        round.Rate(who, "scope", 3);
        round.Do(round.Change(who, new ScorecardChange(NextOp(), ScorecardField.Recommendation, null, "mixed"), RoundBuilder.Now));
        return round.Do(round.Submit(who, NextOp(), RoundBuilder.Now));
    }

    public static string NextOp() => $"op-{Interlocked.Increment(ref _next)}";
}
