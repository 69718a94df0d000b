using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Server.Hosting;
using InterviewLoop.Server.Scoring.Room;
using Microsoft.Extensions.Options;

namespace InterviewLoop.Server.Board;

/// <summary>
/// Builds the recruiter board: rounds from the read models, their clocks from the round grains,
/// who is scoring now from presence, and overdue feedback from the injected clock.
/// </summary>
internal sealed class BoardReader(
    LoopQueries queries, IGrainFactory grains, RoomPresence presence, TimeProvider clock, IOptions<InterviewLoopOptions> options)
{
    /// <summary>The rounds of <paramref name="loopId"/> in plan order.</summary>
    public async Task<BoardView> ForLoopAsync(string loopId, CancellationToken ct) =>
        await BuildAsync(await queries.ListRoundsAsync(loopId, ct: ct));

    /// <summary>The rounds scheduled from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public async Task<BoardView> ForPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var rounds = new List<RoundSummary>();
        foreach (var loop in await queries.ListLoopsAsync(ct))
            rounds.AddRange((await queries.ListRoundsAsync(loop.LoopId, ct: ct)).Where(r => r.StartedAt >= from && r.StartedAt < to));
        return await BuildAsync(rounds);
    }

    private async Task<BoardView> BuildAsync(IReadOnlyList<RoundSummary> rounds)
    {
        var now = clock.GetUtcNow();
        var grace = options.Value.FeedbackDueAfter;
        var views = await Task.WhenAll(rounds.Select(r => grains.GetGrain<IRoundGrain>(r.Key).GetView()));
        var rows = rounds.Zip(views, (r, v) => Row(r, v, now, grace))
            .OrderBy(r => r.Clock.StartedAt ?? r.Clock.ScheduledAt ?? DateTimeOffset.MaxValue).ToArray();
        return new BoardView(now, grace.TotalHours, rows);
    }

    private BoardRound Row(RoundSummary summary, RoundView view, DateTimeOffset now, TimeSpan grace)
    {
        var times = RoomViews.TimesOf(view);
        var late = times.IsFeedbackOverdue(now, grace);
        var present = presence.In(summary.Key).Select(p => p.UserId).ToHashSet(StringComparer.Ordinal);
        var seats = view.Plan.Panel.Members.Select(m =>
        {
            var state = SeatOf(view, m.InterviewerId, present.Contains(m.InterviewerId));
            return new BoardSeat(m.InterviewerId, m.DisplayName, m.Role, state, late && state != SeatState.Submitted);
        }).ToArray();
        return new BoardRound(summary.LoopId, summary.RoundId, summary.CandidateName, summary.RoleTitle, summary.Kind,
            RoomViews.ClockOf(view), times.FeedbackDueAt(grace), seats.Any(s => s.Overdue), seats);
    }

    private static SeatState SeatOf(RoundView view, string interviewerId, bool present)
    {
        var card = view.Scorecards.FirstOrDefault(s => s.InterviewerId == interviewerId);
        if (card is { IsSubmitted: true }) return SeatState.Submitted;
        if (present) return SeatState.ScoringNow;
        return card is null ? SeatState.NotStarted : SeatState.Drafting;
    }
}
