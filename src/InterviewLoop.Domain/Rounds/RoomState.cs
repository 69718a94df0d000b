namespace InterviewLoop.Domain.Rounds;

/// <summary>
/// What everyone in a round's room sees: the agenda, the shared clock, the training mode and
/// coverage. Holds no rating, note or recommendation, so it never weakens independent scoring.
/// </summary>
/// <param name="Agenda">Prompts in order; empty when none was set.</param>
/// <param name="StartedAt">Server time the clock was started (UTC), or <c>null</c>.</param>
/// <param name="EndedAt">Server time the round was ended (UTC), or <c>null</c>.</param>
/// <param name="TrainingMode">True when shadows see the lead's scorecard live.</param>
/// <param name="Coverage">Dimension ids with evidence from anyone on the panel, in rubric order.</param>
public sealed record RoomState(
    IReadOnlyList<AgendaItem> Agenda, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, bool TrainingMode, IReadOnlyList<string> Coverage)
{
    /// <summary>A room with nothing set.</summary>
    public static RoomState Empty { get; } = new([], null, null, false, []);
}
