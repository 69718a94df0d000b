using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Server.Scoring.Room;

/// <summary>The round's time box as pages show the shared timer.</summary>
/// <param name="ScheduledAt">Planned start (UTC), or <c>null</c>.</param>
/// <param name="StartedAt">Server time the clock was started (UTC), or <c>null</c>: the timer's zero.</param>
/// <param name="EndedAt">Server time the round was ended (UTC), or <c>null</c>.</param>
/// <param name="DurationMinutes">Time box in minutes.</param>
/// <param name="EndsAt">When the round ends or ended (see <see cref="RoundTimes.EndsAt"/>), or <c>null</c>.</param>
public sealed record RoundClock(DateTimeOffset? ScheduledAt, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, int DurationMinutes, DateTimeOffset? EndsAt);

/// <summary>
/// The room of a round as everyone in it sees it, and as it is pushed (<c>RoomChanged</c>): agenda,
/// shared clock, training mode, coverage and presence. Carries no rating, note or recommendation.
/// </summary>
/// <param name="RoundKey"><c>{loopId}/{roundId}</c>.</param>
/// <param name="Sequence">Round sequence number it was read at.</param>
/// <param name="Agenda">Prompts in order.</param>
/// <param name="Clock">The time box and the shared timer's start.</param>
/// <param name="TrainingMode">True when shadows see the lead's scorecard live.</param>
/// <param name="Coverage">Dimension ids with evidence from anyone on the panel (only that they are covered).</param>
/// <param name="Presence">Who has the round open.</param>
/// <param name="PresenceVersion">The presence version <paramref name="Presence"/> was read at (<see cref="PresenceSnapshot.Version"/>); pages keep the list with the largest.</param>
/// <param name="ServerNow">The server's clock when this was sent, so pages can correct their own clock's offset.</param>
public sealed record RoomView(
    string RoundKey, long Sequence, IReadOnlyList<AgendaItem> Agenda, RoundClock Clock, bool TrainingMode,
    IReadOnlyList<string> Coverage, IReadOnlyList<Presence> Presence, long PresenceVersion, DateTimeOffset ServerNow);
