namespace InterviewLoop.Domain.Rubrics;

/// <summary>
/// The rubrics InterviewLoop knows. Built in: <c>senior-evidence/v1</c> (seed 003's self-check
/// rubric) and <c>career-narrative/v1</c> (seed 000's self-review rubric). An organisation's own
/// rubric id is accepted in loop documents but, not being known here, its dimensions are free.
/// </summary>
public static class RubricCatalog
{
    private static readonly Dictionary<string, Rubric> ById = new(StringComparer.Ordinal)
    {
        [SeniorEvidenceRubric.V1.Id] = SeniorEvidenceRubric.V1,
        [CareerNarrativeRubric.V1.Id] = CareerNarrativeRubric.V1,
    };

    /// <summary>Every built-in rubric.</summary>
    public static IReadOnlyCollection<Rubric> All => ById.Values;

    /// <summary>Looks a rubric up by its versioned id.</summary>
    public static bool TryGet(string id, out Rubric rubric) => ById.TryGetValue(id, out rubric!);

    /// <summary>The rubric with <paramref name="id"/>; throws <see cref="NotFoundException"/> when unknown.</summary>
    public static Rubric Get(string id) => TryGet(id, out var r) ? r : throw new NotFoundException("rubric", id);
}
