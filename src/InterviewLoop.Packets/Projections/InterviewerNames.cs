using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Packets.Projections;

/// <summary>Display names of a loop's interviewers by id, from its panels and scorecards.</summary>
internal sealed class InterviewerNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>Collects every name the loop gives; a panel's name wins over a scorecard's.</summary>
    public static InterviewerNames Of(LoopSnapshot loop)
    {
        var names = new InterviewerNames();
        foreach (var round in loop.Rounds)
        {
            foreach (var m in round.Plan.Panel.Members) names._names.TryAdd(m.InterviewerId, m.DisplayName);
            foreach (var s in round.Scorecards) names._names.TryAdd(s.InterviewerId, s.InterviewerName);
        }
        return names;
    }

    /// <summary>The name of <paramref name="interviewerId"/>, or the id itself when the loop does not name them.</summary>
    public string NameOf(string interviewerId) =>
        _names.TryGetValue(interviewerId, out var name) && !string.IsNullOrWhiteSpace(name) ? name : interviewerId;
}
