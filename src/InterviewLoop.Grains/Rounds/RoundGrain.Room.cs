using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Rounds;

/// <summary>The round grain's room writes (agenda, clock, training mode) and catch-up reads.</summary>
public sealed partial class RoundGrain
{
    /// <inheritdoc />
    public Task<RoundView> SetAgenda(IReadOnlyList<AgendaItem> items, string by) =>
        RoomWriteAsync((round, now) => round.SetAgenda(items, by, now));

    /// <inheritdoc />
    public Task<RoundView> Start(string by) => RoomWriteAsync((round, now) => round.Start(by, now));

    /// <inheritdoc />
    public Task<RoundView> End(string by) => RoomWriteAsync((round, now) => round.End(by, now));

    /// <inheritdoc />
    public Task<RoundView> SetTrainingMode(bool enabled, string by) =>
        RoomWriteAsync((round, now) => round.SetTrainingMode(enabled, by, now));

    /// <inheritdoc />
    public async Task<OwnChanges> ChangesSince(string interviewerId, long afterSequence)
    {
        await RefreshAsync();
        if (!State.Exists) throw new Domain.NotFoundException("round", GrainKey);
        var stored = await Context.Store.ReadAsync(StreamId, Math.Max(0, afterSequence));
        var own = stored.Where(e => e.Version <= Version).Select(e => OwnChangeOf(e, interviewerId)).OfType<OwnChange>();
        return new OwnChanges(Version, own.ToArray(), State.ScorecardOf(interviewerId));
    }

    private async Task<RoundView> RoomWriteAsync(Func<Round, DateTimeOffset, IReadOnlyList<IRoundEvent>> decide)
    {
        await EnsureScheduledAsync();
        var written = await RaiseAsync(round => decide(round, Context.Clock.GetUtcNow()));
        var view = View();
        if (written.Count > 0) await observer.RoundChanged(view, written);
        return view;
    }

    private static OwnChange? OwnChangeOf(StoredEvent stored, string interviewerId) => stored.Event switch
    {
        ScorecardChanged c when c.InterviewerId == interviewerId => new(stored.Version, c.Change.OperationId, "change", c.Change, c.At),
        ScorecardSubmitted s when s.InterviewerId == interviewerId => new(stored.Version, s.OperationId, "submit", null, s.At),
        ScorecardAmended a when a.InterviewerId == interviewerId => new(stored.Version, a.Change.OperationId, "amend", a.Change, a.At),
        _ => null,
    };
}
