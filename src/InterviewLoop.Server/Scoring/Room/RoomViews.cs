using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;

namespace InterviewLoop.Server.Scoring.Room;

/// <summary>Builds <see cref="RoomView"/>s from a round's view, the presence tracker and the clock.</summary>
/// <param name="presence">Who is in which round.</param>
/// <param name="clock">The server's clock.</param>
internal sealed class RoomViews(RoomPresence presence, TimeProvider clock)
{
    /// <summary>The room of <paramref name="view"/> now.</summary>
    public RoomView Of(RoundView view)
    {
        var key = Round.KeyOf(view.LoopId, view.Plan.RoundId);
        var room = view.Room;
        var present = presence.Snapshot(key);
        return new RoomView(key, view.Sequence, room.Agenda, ClockOf(view), room.TrainingMode, room.Coverage, present.People, present.Version, clock.GetUtcNow());
    }

    /// <summary>The time box and timer of <paramref name="view"/>.</summary>
    public static RoundClock ClockOf(RoundView view)
    {
        var times = TimesOf(view);
        return new RoundClock(times.ScheduledAt, times.StartedAt, times.EndedAt, times.DurationMinutes, times.EndsAt);
    }

    /// <summary>When <paramref name="view"/>'s round runs.</summary>
    public static RoundTimes TimesOf(RoundView view) =>
        new(view.Plan.StartedAt, view.Room.StartedAt, view.Room.EndedAt, view.Plan.DurationMinutes);
}
