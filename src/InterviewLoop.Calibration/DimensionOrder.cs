using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration;

/// <summary>
/// Orders dimension-keyed values the way a committee reads a rubric: a built-in rubric's order,
/// then other dimension ids in ordinal order, so reports never depend on the order of edits.
/// </summary>
internal static class DimensionOrder
{
    public static IReadOnlyList<KeyValuePair<string, T>> Sort<T>(IEnumerable<KeyValuePair<string, T>> values, string rubricId)
    {
        var order = RubricCatalog.TryGet(rubricId, out var rubric) ? rubric.Dimensions.Select(d => d.Id).ToList() : [];
        return values
            .OrderBy(v => order.IndexOf(v.Key) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
