using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Persistence.Events;

/// <summary>
/// The stable names under which domain events are stored (<c>events.type</c>). A name, once
/// written, never changes meaning: renaming a C# type is free, renaming a stored name is a migration.
/// </summary>
public static class EventTypes
{
    private static readonly Dictionary<string, Type> ByName = new(StringComparer.Ordinal)
    {
        ["loop.planned"] = typeof(LoopPlanned),
        ["loop.decided"] = typeof(LoopDecided),
        ["round.scheduled"] = typeof(RoundScheduled),
        ["round.panel_assigned"] = typeof(PanelAssigned),
        ["round.scorecard_changed"] = typeof(ScorecardChanged),
        ["round.scorecard_submitted"] = typeof(ScorecardSubmitted),
        ["round.scorecard_imported"] = typeof(ScorecardImported),
        ["round.scorecard_amended"] = typeof(ScorecardAmended),
        ["round.agenda_set"] = typeof(AgendaSet),
        ["round.started"] = typeof(RoundStarted),
        ["round.ended"] = typeof(RoundEnded),
        ["round.training_mode_set"] = typeof(TrainingModeSet),
    };

    private static readonly Dictionary<Type, string> ByType = ByName.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>Every stored name with its event type.</summary>
    public static IReadOnlyDictionary<string, Type> All => ByName;

    /// <summary>The stored name of <paramref name="eventType"/>; throws <see cref="ArgumentException"/> for a type with none.</summary>
    public static string NameOf(Type eventType) =>
        ByType.TryGetValue(eventType, out var name)
            ? name
            : throw new ArgumentException($"event type {eventType.FullName} has no stored name; add it to {nameof(EventTypes)}", nameof(eventType));

    /// <summary>The event type stored as <paramref name="name"/>; throws <see cref="InvalidOperationException"/> for a name this build does not know.</summary>
    public static Type TypeOf(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"events.type: '{name}' is not an event type this build knows");
}
