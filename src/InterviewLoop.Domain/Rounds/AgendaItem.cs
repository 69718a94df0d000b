using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Domain.Rounds;

/// <summary>One prompt of a round's agenda.</summary>
/// <param name="Prompt">What the panel asks or explores (1..300 characters).</param>
/// <param name="Minutes">Minutes set aside for it (1..480), or <c>null</c>.</param>
/// <param name="Dimension">The rubric dimension it gathers evidence for, or <c>null</c>.</param>
public sealed record AgendaItem(string Prompt, int? Minutes = null, string? Dimension = null);

/// <summary>Rules of an agenda: at most <see cref="MaxItems"/> prompts whose minutes fit the time box.</summary>
public static class Agenda
{
    /// <summary>Most prompts on one agenda.</summary>
    public const int MaxItems = 20;

    /// <summary>Longest prompt, in characters.</summary>
    public const int MaxPromptLength = 300;

    /// <summary>Throws <see cref="DomainException"/> naming <c>agenda[i].field</c> when <paramref name="items"/> breaks a rule.</summary>
    public static void Validate(IReadOnlyList<AgendaItem> items, string rubricId, int durationMinutes)
    {
        if (items.Count > MaxItems)
            throw new DomainException("agenda.too_long", $"agenda: {items.Count} prompts is over {MaxItems}", "agenda");
        for (var i = 0; i < items.Count; i++) ValidateItem(items[i], rubricId, $"agenda[{i}]");
        var minutes = items.Sum(item => item.Minutes ?? 0);
        if (minutes > durationMinutes)
            throw new DomainException("agenda.over_time", $"agenda: {minutes} minutes of prompts do not fit the {durationMinutes}-minute time box", "agenda");
    }

    private static void ValidateItem(AgendaItem item, string rubricId, string path)
    {
        if (string.IsNullOrWhiteSpace(item.Prompt) || item.Prompt.Length > MaxPromptLength)
            throw new DomainException("agenda.prompt", $"{path}.prompt: must be 1..{MaxPromptLength} characters", $"{path}.prompt");
        if (item.Minutes is < 1 or > 480)
            throw new DomainException("agenda.minutes", $"{path}.minutes: {item.Minutes} is outside 1..480", $"{path}.minutes");
        if (item.Dimension is null) return;
        var known = RubricCatalog.TryGet(rubricId, out var rubric);
        if (!Ids.IsValid(item.Dimension) || (known && !rubric.HasDimension(item.Dimension)))
            throw new DomainException("agenda.dimension", $"{path}.dimension: '{item.Dimension}' is not a dimension of rubric '{rubricId}'", $"{path}.dimension");
    }
}
