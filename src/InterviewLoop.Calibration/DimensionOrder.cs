using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration;

/// <summary>
/// Orders dimension-keyed values the way a committee reads a rubric: a built-in rubric's dimension
/// order, then any other dimension id in ordinal order, so reports, documents and packets never
/// depend on the order in which ratings were edited.
/// </summary>
public static class DimensionOrder
{
    /// <summary>
    /// <paramref name="values"/> (keyed by dimension id) sorted for <paramref name="rubricId"/>; an
    /// organisation's own rubric, unknown to <see cref="RubricCatalog"/>, sorts purely by ordinal id.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, T>> Sort<T>(IEnumerable<KeyValuePair<string, T>> values, string rubricId)
    {
        var order = RubricCatalog.TryGet(rubricId, out var rubric) ? rubric.Dimensions.Select(d => d.Id).ToList() : [];
        return values
            .OrderBy(v => order.IndexOf(v.Key) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
