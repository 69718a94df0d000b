using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>
/// The round aggregate: plan, panel, one scorecard per panel member, and the live room (agenda,
/// clock, training mode). Decisions (in <c>Round.Scoring.cs</c> and <c>Round.Room.cs</c>) return
/// events and never mutate; <see cref="Apply"/> evolves state. Guards: only panel members score,
/// ratings are 1..5 on the rubric's dimensions, a submitted scorecard changes only by an amendment
/// with a reason, and an operation id seen before yields no event (a resend is harmless).
/// </summary>
public sealed partial class Round
{
    private readonly Dictionary<string, Scorecard> _scorecards = new(StringComparer.Ordinal);
    private readonly OperationIdSet _operations = new();

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

    /// <summary>Evolves state by one event.</summary>
    public void Apply(IRoundEvent e)
    {
        ForgetCoverageIfMoved(e);
        switch (e)
        {
            case RoundScheduled s: LoopId = s.LoopId; Plan = s.Plan; break;
            case PanelAssigned p: Plan = Plan! with { Panel = p.Panel }; break;
            case ScorecardChanged c: ApplyChange(c); break;
            case ScorecardSubmitted s: ApplySubmit(s); break;
            case ScorecardImported i: _scorecards[i.Scorecard.InterviewerId] = i.Scorecard; break;
            case ScorecardAmended a: ApplyAmendment(a); break;
            default: ApplyRoom(e); break;
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

    private void RequireScheduled()
    {
        if (!Exists) throw new NotFoundException("round", Key);
    }
}
