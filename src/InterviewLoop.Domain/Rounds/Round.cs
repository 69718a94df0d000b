using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>
/// The round aggregate: plan, panel and one scorecard per panel member. Decisions return events
/// and never mutate; <see cref="Apply"/> evolves state. Guards: only panel members score, ratings
/// are 1..5 on the rubric's dimensions, a submitted scorecard never changes, and an operation id
/// seen before yields no event (a resend is harmless).
/// </summary>
public sealed class Round
{
    private readonly Dictionary<string, Scorecard> _scorecards = new(StringComparer.Ordinal);
    private readonly HashSet<string> _operations = new(StringComparer.Ordinal);

    /// <summary>Owning loop id, or empty before scheduling.</summary>
    public string LoopId { get; private set; } = "";

    /// <summary>The plan, or <c>null</c> before scheduling.</summary>
    public RoundPlan? Plan { get; private set; }

    /// <summary>The current panel.</summary>
    public Panel Panel => Plan?.Panel ?? Panel.Empty;

    /// <summary>True once scheduled.</summary>
    public bool Exists => Plan is not null;

    /// <summary>The round's key, <c>{loopId}/{roundId}</c>.</summary>
    public string Key => KeyOf(LoopId, Plan?.RoundId ?? "");

    /// <summary>Scorecards (drafts and submitted) by interviewer id.</summary>
    public IReadOnlyDictionary<string, Scorecard> Scorecards => _scorecards;

    /// <summary>The grain key of a round: <c>{loopId}/{roundId}</c>.</summary>
    public static string KeyOf(string loopId, string roundId) => $"{loopId}/{roundId}";

    /// <summary>True when <paramref name="operationId"/> was already applied.</summary>
    public bool HasSeen(string operationId) => _operations.Contains(operationId);

    /// <summary>The scorecard of <paramref name="interviewerId"/>, or an empty draft for a panel member.</summary>
    public Scorecard ScorecardOf(string interviewerId) =>
        _scorecards.TryGetValue(interviewerId, out var s) ? s : Scorecard.Draft(interviewerId, Panel.Find(interviewerId)?.DisplayName ?? interviewerId);

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
                ScorecardEdits.Validate(new ScorecardChange("import", ScorecardField.Rating, dimension, rating.ToString(System.Globalization.CultureInfo.InvariantCulture)), round.Plan.RubricId);
            }
            events.Add(new ScorecardImported(scorecard));
        }
        return events;
    }

    /// <summary>Decides a draft edit; returns no event for an operation id already seen.</summary>
    public IReadOnlyList<IRoundEvent> Change(string interviewerId, ScorecardChange change, DateTimeOffset now)
    {
        RequireScheduled();
        if (HasSeen(change.OperationId)) return [];
        RequireEditable(interviewerId);
        ScorecardEdits.Validate(change, Plan!.RubricId);
        return [new ScorecardChanged(interviewerId, change, now)];
    }

    /// <summary>Decides a submit; requires a recommendation and at least one rating.</summary>
    public IReadOnlyList<IRoundEvent> Submit(string interviewerId, string operationId, DateTimeOffset now)
    {
        RequireScheduled();
        if (HasSeen(operationId)) return [];
        RequireEditable(interviewerId);
        var draft = ScorecardOf(interviewerId);
        if (draft.Ratings.Count == 0)
            throw new DomainException("scorecard.incomplete", "ratings: rate at least one dimension before submitting", "ratings");
        if (draft.Recommendation is null)
            throw new DomainException("scorecard.incomplete", "recommendation: choose a recommendation before submitting", "recommendation");
        return [new ScorecardSubmitted(interviewerId, operationId, now)];
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

    /// <summary>Evolves state by one event.</summary>
    public void Apply(IRoundEvent e)
    {
        switch (e)
        {
            case RoundScheduled s: LoopId = s.LoopId; Plan = s.Plan; break;
            case PanelAssigned p: Plan = Plan! with { Panel = p.Panel }; break;
            case ScorecardChanged c: ApplyChange(c); break;
            case ScorecardSubmitted s: ApplySubmit(s); break;
            case ScorecardImported i: _scorecards[i.Scorecard.InterviewerId] = i.Scorecard; break;
            default: throw new InvalidOperationException($"Unknown round event {e.GetType().Name}");
        }
    }

    /// <summary>The round as calibration and packets read it (every scorecard, drafts included).</summary>
    public RoundSnapshot ToSnapshot() =>
        new(Plan ?? throw new NotFoundException("round", Key),
            Panel.Members.Select(m => ScorecardOf(m.InterviewerId))
                .Concat(_scorecards.Values.Where(s => !Panel.Contains(s.InterviewerId)))
                .Where(s => _scorecards.ContainsKey(s.InterviewerId))
                .ToArray());

    private void ApplyChange(ScorecardChanged c)
    {
        _operations.Add(c.Change.OperationId);
        _scorecards[c.InterviewerId] = ScorecardEdits.Apply(ScorecardOf(c.InterviewerId), c.Change);
    }

    private void ApplySubmit(ScorecardSubmitted s)
    {
        _operations.Add(s.OperationId);
        _scorecards[s.InterviewerId] = ScorecardOf(s.InterviewerId) with { SubmittedAt = s.At };
    }

    private void RequireScheduled()
    {
        if (!Exists) throw new NotFoundException("round", Key);
    }

    private void RequireEditable(string interviewerId)
    {
        if (!Panel.Contains(interviewerId)) throw new NotOnPanelException(interviewerId, Key);
        if (ScorecardOf(interviewerId).IsSubmitted) throw new ScorecardLockedException(interviewerId, Key);
    }
}
