using System.Globalization;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>Planning decisions: scheduling (with imported scorecards) and panel changes.</summary>
public sealed partial class Round
{
    /// <summary>
    /// Decides the events that schedule a round with scorecards that arrived with an imported loop:
    /// each must belong to a panel member, rate only the rubric's dimensions (for a built-in rubric)
    /// and stay within 1..5. Throws <see cref="DomainException"/> naming the scorecard otherwise.
    /// </summary>
    public static IReadOnlyList<IRoundEvent> Schedule(string loopId, RoundSnapshot round)
    {
        var events = new List<IRoundEvent> { new RoundScheduled(loopId, round.Plan) };
        for (var i = 0; i < round.Scorecards.Count; i++)
        {
            var scorecard = round.Scorecards[i];
            var path = $"rounds[{round.Plan.RoundId}].scorecards[{i}]";
            if (!round.Plan.Panel.Contains(scorecard.InterviewerId))
                throw new DomainException("panel.not_member", $"{path}.interviewer: '{scorecard.InterviewerId}' is not on the round's panel", $"{path}.interviewer");
            foreach (var (dimension, rating) in scorecard.Ratings)
            {
                ScorecardEdits.Validate(new ScorecardChange("import", ScorecardField.Rating, dimension, rating.ToString(CultureInfo.InvariantCulture)), round.Plan.RubricId);
            }
            events.Add(new ScorecardImported(scorecard));
        }
        return events;
    }

    /// <summary>Decides a panel change; a member who already submitted cannot be removed.</summary>
    public IReadOnlyList<IRoundEvent> AssignPanel(Panel panel)
    {
        RequireScheduled();
        var dropped = _scorecards.Values.FirstOrDefault(s => s.IsSubmitted && !panel.Contains(s.InterviewerId));
        if (dropped is not null)
            throw new DomainException("panel.member_submitted", $"panel: '{dropped.InterviewerId}' already submitted and must stay on the panel", "panel");
        return [new PanelAssigned(panel)];
    }
}
