using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Loops;

/// <summary>The loop grain; see <see cref="ILoopGrain"/> for its contract.</summary>
public sealed class LoopGrain : JournaledGrain<Loop, ILoopEvent>, ILoopGrain
{
    /// <inheritdoc />
    protected override string StreamId => StreamIds.Loop(GrainKey);

    /// <inheritdoc />
    public async Task<LoopPlan?> GetPlan()
    {
        await RefreshAsync();
        return State.Plan;
    }

    /// <inheritdoc />
    public async Task<long> Create(LoopSnapshot loop)
    {
        if (loop.LoopId != GrainKey) throw new DomainException("loop.id", $"loop.id: '{loop.LoopId}' does not match grain key '{GrainKey}'", "loop.id");
        var plan = new LoopPlan(loop.LoopId, loop.Candidate, loop.Role, loop.Rounds.Select(r => r.Plan).ToArray());
        await RefreshAsync();
        try
        {
            await RaiseAsync(state => state.Create(plan, Context.Clock.GetUtcNow()), _ => RoundAppends(loop));
        }
        catch (ConcurrencyConflictException)
        {
            // A round stream of this id already existed, or another process created the loop first.
            await RefreshAsync();
            if (State.Exists) throw new DomainException("loop.exists", $"loop.id: a loop with id '{loop.LoopId}' already exists", "loop.id");
            throw;
        }
        return Version;
    }

    /// <inheritdoc />
    public async Task<LoopDecision> Decide(DecideLoop command)
    {
        await RefreshAsync();
        if (!State.Exists) throw new NotFoundException("loop", GrainKey);
        await RaiseAsync(state => state.Decide(command, Context.Clock.GetUtcNow()));
        return State.Decision!;
    }

    /// <inheritdoc />
    protected override void Apply(Loop state, ILoopEvent @event) => state.Apply(@event);

    private static StreamAppend[] RoundAppends(LoopSnapshot loop) =>
        loop.Rounds.Select(r => new StreamAppend(
            StreamIds.Round(Round.KeyOf(loop.LoopId, r.Plan.RoundId)), 0,
            Round.Schedule(loop.LoopId, r).Cast<object>().ToArray())).ToArray();
}
