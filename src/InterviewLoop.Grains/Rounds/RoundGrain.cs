using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Grains.Rounds;

/// <summary>The round grain; see <see cref="IRoundGrain"/> for its contract.</summary>
/// <param name="observer">Receives durable changes to push to pages.</param>
public sealed class RoundGrain(IRoundObserver observer) : JournaledGrain<Round, IRoundEvent>, IRoundGrain
{
    /// <inheritdoc />
    protected override string StreamId => StreamIds.Round(GrainKey);

    /// <inheritdoc />
    public async Task<RoundView> GetView()
    {
        // Reads catch up first: another process may have written since this activation last looked.
        await RefreshAsync();
        if (!State.Exists) throw new NotFoundException("round", GrainKey);
        return new RoundView(State.LoopId, State.Plan!, State.Scorecards.Values.ToArray(), Version);
    }

    /// <inheritdoc />
    public Task<ScoringAck> Change(string interviewerId, ScorecardChange change) =>
        WriteAsync(interviewerId, change.OperationId, (round, now) => round.Change(interviewerId, change, now));

    /// <inheritdoc />
    public Task<ScoringAck> Submit(string interviewerId, string operationId) =>
        WriteAsync(interviewerId, operationId, (round, now) => round.Submit(interviewerId, operationId, now));

    /// <inheritdoc />
    public async Task<long> AssignPanel(Panel panel)
    {
        await EnsureScheduledAsync();
        await RaiseAsync(round => round.AssignPanel(panel));
        await observer.ProgressChanged(Progress());
        return Version;
    }

    /// <inheritdoc />
    protected override void Apply(Round state, IRoundEvent @event) => state.Apply(@event);

    private async Task<ScoringAck> WriteAsync(
        string interviewerId, string operationId, Func<Round, DateTimeOffset, IReadOnlyList<IRoundEvent>> decide)
    {
        await EnsureScheduledAsync();
        var startedBefore = State.Scorecards.ContainsKey(interviewerId);
        var wrote = await RaiseAsync(round => decide(round, Context.Clock.GetUtcNow()));
        var scorecard = State.ScorecardOf(interviewerId);
        if (!wrote) return new ScoringAck(Version, Duplicate: true, scorecard);
        await observer.ScorecardChanged(GrainKey, Version, operationId, scorecard);
        if (!startedBefore || scorecard.IsSubmitted) await observer.ProgressChanged(Progress());
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
