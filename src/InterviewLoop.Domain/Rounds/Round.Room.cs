using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>
/// The live room of a round: agenda, shared clock, training mode and coverage. Who may set them
/// (the lead, recruiters, admins) is checked by the caller; the aggregate keeps them consistent.
/// Setting what is already set decides no event, so a resent request is harmless.
/// </summary>
public sealed partial class Round
{
    private IReadOnlyList<AgendaItem> _agenda = [];
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _endedAt;
    private bool _trainingMode;
    private IReadOnlyList<string>? _coverage;

    /// <summary>The room as every participant may see it: agenda, clock, training mode and coverage (never ratings).</summary>
    public RoomState Room => new(_agenda, _startedAt, _endedAt, _trainingMode, Coverage());

    /// <summary>Decides a new agenda; see <see cref="Agenda.Validate"/> for its rules.</summary>
    public IReadOnlyList<IRoundEvent> SetAgenda(IReadOnlyList<AgendaItem> items, string by, DateTimeOffset now)
    {
        RequireScheduled();
        Agenda.Validate(items, Plan!.RubricId, Plan.DurationMinutes);
        return _agenda.SequenceEqual(items) ? [] : [new AgendaSet(items.ToArray(), by, now)];
    }

    /// <summary>Decides starting the shared clock; no event once started.</summary>
    public IReadOnlyList<IRoundEvent> Start(string by, DateTimeOffset now)
    {
        RequireScheduled();
        return _startedAt is null ? [new RoundStarted(by, now)] : [];
    }

    /// <summary>Decides ending the round; refused before it started (<c>round.not_started</c>), no event once ended.</summary>
    public IReadOnlyList<IRoundEvent> End(string by, DateTimeOffset now)
    {
        RequireScheduled();
        if (_startedAt is null)
            throw new DomainException("round.not_started", $"Round '{Key}' has not started, so it cannot end.");
        return _endedAt is null ? [new RoundEnded(by, now)] : [];
    }

    /// <summary>Decides turning training mode on or off; no event when it is already so.</summary>
    public IReadOnlyList<IRoundEvent> SetTrainingMode(bool enabled, string by, DateTimeOffset now)
    {
        RequireScheduled();
        return _trainingMode == enabled ? [] : [new TrainingModeSet(enabled, by, now)];
    }

    /// <summary>
    /// The dimensions on which anyone on the current panel has a rating or a non-blank note tied to
    /// the dimension, in the rubric's order (an organisation's own rubric: ordinal order). Says only
    /// that a dimension is covered, never by whom or how it was rated.
    /// </summary>
    public IReadOnlyList<string> Coverage() => _coverage ??= ComputeCoverage();

    private string[] ComputeCoverage()
    {
        var covered = Panel.Members
            .Select(m => ScorecardOf(m.InterviewerId))
            .SelectMany(s => s.Ratings.Keys.Concat(s.Notes.Where(n => !string.IsNullOrWhiteSpace(n.Text)).Select(n => n.Dimension).OfType<string>()))
            .ToHashSet(StringComparer.Ordinal);
        if (!RubricCatalog.TryGet(Plan?.RubricId ?? "", out var rubric)) return covered.Order(StringComparer.Ordinal).ToArray();
        return rubric.Dimensions.Select(d => d.Id).Where(covered.Contains).ToArray();
    }

    // Coverage is read on every live edit (the room push compares it), so it is kept between events and
    // recomputed only after one that can move it. Most edits add evidence to a dimension already covered
    // or touch the recommendation or summary, and keep the same list (the same instance, which lets the
    // hub tell at a glance that nothing moved).
    private void ForgetCoverageIfMoved(IRoundEvent e)
    {
        if (_coverage is null) return;
        var keeps = e switch
        {
            ScorecardChanged c => KeepsCoverage(c.Change),
            ScorecardSubmitted or AgendaSet or RoundStarted or RoundEnded or TrainingModeSet => true,
            _ => false,
        };
        if (!keeps) _coverage = null;
    }

    private bool KeepsCoverage(ScorecardChange change) => change.Field switch
    {
        ScorecardField.Rating => change.Value is not null && _coverage!.Contains(change.Dimension),
        ScorecardField.Note => change.Dimension is null || (!string.IsNullOrWhiteSpace(change.Value) && _coverage!.Contains(change.Dimension)),
        _ => true,
    };

    private void ApplyRoom(IRoundEvent e)
    {
        switch (e)
        {
            case AgendaSet a: _agenda = a.Items; break;
            case RoundStarted s: _startedAt = s.At; break;
            case RoundEnded x: _endedAt = x.At; break;
            case TrainingModeSet t: _trainingMode = t.Enabled; break;
            default: throw new InvalidOperationException($"Unknown round event {e.GetType().Name}");
        }
    }
}
