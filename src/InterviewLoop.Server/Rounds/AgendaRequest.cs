using InterviewLoop.Domain;
using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Server.Rounds;

/// <summary>One prompt in <see cref="AgendaRequest"/>.</summary>
/// <param name="Prompt">What the panel asks (1..300 characters).</param>
/// <param name="Minutes">Minutes set aside (1..480), or <c>null</c>.</param>
/// <param name="Dimension">Rubric dimension id the prompt gathers evidence for, or <c>null</c>.</param>
public sealed record AgendaItemRequest(string? Prompt, int? Minutes, string? Dimension);

/// <summary>Body of <c>PUT .../agenda</c>: the whole agenda, in order (empty to clear it).</summary>
/// <param name="Items">The prompts; their minutes must fit the round's time box.</param>
public sealed record AgendaRequest(IReadOnlyList<AgendaItemRequest>? Items)
{
    /// <summary>The agenda items; throws <see cref="DomainException"/> naming <c>items</c> when missing. The round checks the rest.</summary>
    public IReadOnlyList<AgendaItem> ToItems() =>
        Items is null
            ? throw new DomainException("agenda.missing", "items: give the agenda as a list of prompts (empty to clear it)", "items")
            : Items.Select(i => new AgendaItem(i.Prompt?.Trim() ?? "", i.Minutes, string.IsNullOrWhiteSpace(i.Dimension) ? null : i.Dimension)).ToArray();
}

/// <summary>Body of <c>PUT .../training</c>.</summary>
/// <param name="Enabled">True to let the round's shadows see its lead's scorecard live.</param>
public sealed record TrainingRequest(bool? Enabled)
{
    /// <summary>The mode; throws <see cref="DomainException"/> naming <c>enabled</c> when missing.</summary>
    public bool RequireEnabled() =>
        Enabled ?? throw new DomainException("training.missing", "enabled: must be true or false", "enabled");
}
