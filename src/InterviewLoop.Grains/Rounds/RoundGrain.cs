using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Rounds;

/// <summary>The round grain; see <see cref="IRoundGrain"/> for its contract.</summary>
/// <param name="observer">Receives durable changes to push to pages.</param>
public sealed partial class RoundGrain(IRoundObserver observer) : JournaledGrain<Round, IRoundEvent>, IRoundGrain
{
    /// <inheritdoc />
    protected override string StreamId => StreamIds.Round(GrainKey);

    /// <inheritdoc />
    public async Task<RoundView> GetView()
    {
        // Reads catch up first: another process may have written since this activation last looked.
        await RefreshAsync();
        if (!State.Exists) throw new NotFoundException("round", GrainKey);
        return View();
    }

    /// <inheritdoc />
    public Task<ScoringAck> Change(string interviewerId, ScorecardChange change) =>
        WriteAsync(interviewerId, change.OperationId, (round, now) => round.Change(interviewerId, change, now));

    /// <inheritdoc />
    public Task<ScoringAck> Submit(string interviewerId, string operationId, string? reason = null, IReadOnlyList<string>? warnings = null) =>
        WriteAsync(interviewerId, operationId, (round, now) => round.Submit(interviewerId, operationId, now, reason, warnings));

    /// <inheritdoc />
    public Task<ScoringAck> Amend(string interviewerId, ScorecardChange change, string reason) =>
        WriteAsync(interviewerId, change.OperationId, (round, now) => round.Amend(interviewerId, change, reason, now));

    /// <inheritdoc />
    public async Task<long> AssignPanel(Panel panel)
    {
        await EnsureScheduledAsync();
        var written = await RaiseAsync(round => round.AssignPanel(panel));
        await observer.ProgressChanged(Progress());
        await observer.RoundChanged(View(), written);
        return Version;
    }

    /// <inheritdoc />
    protected override void Apply(Round state, IRoundEvent @event) => state.Apply(@event);

    private RoundView View() =>
        new(State.LoopId, State.Plan!, State.Scorecards.Values.ToArray(), Version) { Room = State.Room, Audits = State.Audits.ToArray() };

    private async Task<ScoringAck> WriteAsync(
        string interviewerId, string operationId, Func<Round, DateTimeOffset, IReadOnlyList<IRoundEvent>> decide)
    {
        await EnsureScheduledAsync();
        var startedBefore = State.Scorecards.ContainsKey(interviewerId);
        var written = await RaiseAsync(round => decide(round, Context.Clock.GetUtcNow()));
        var scorecard = State.ScorecardOf(interviewerId);
        if (written.Count == 0) return new ScoringAck(Version, Duplicate: true, scorecard);
        await observer.ScorecardChanged(GrainKey, Version, operationId, scorecard);
        if (!startedBefore || written.Any(e => e is ScorecardSubmitted)) await observer.ProgressChanged(Progress());
        await observer.RoundChanged(View(), written);
        return new ScoringAck(Version, Duplicate: false, scorecard);
    }

    private async Task EnsureScheduledAsync()
    {
        // An activation made before the loop was imported holds an empty state: look again.
        if (!State.Exists) await RefreshAsync();
    }

    private RoundProgress Progress() => new(
        GrainKey, Version,
        State.Scorecards.Values.Where(s => !s.IsSubmitted).Select(s => s.InterviewerId).ToArray(),
        State.Scorecards.Values.Where(s => s.IsSubmitted).Select(s => s.InterviewerId).ToArray());
}
