namespace InterviewLoop.Domain.Rubrics;

/// <summary>
/// One dimension of a rubric, rated 1..5 and anchored at 1, 3 and 5.
/// </summary>
/// <param name="Id">Stable id used on the wire (e.g. <c>production_ownership</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Question">What the interviewer is judging, as a short question.</param>
/// <param name="Anchors">Anchor text for ratings 1, 3 and 5 (keys exactly 1, 3, 5).</param>
/// <param name="Hint">What concrete evidence for this dimension sounds like; shown while scoring.</param>
public sealed record RubricDimension(
    string Id, string Name, string Question, IReadOnlyDictionary<int, string> Anchors, string Hint);

/// <summary>A band of rubric totals (sum over all dimensions), inclusive at both ends.</summary>
/// <param name="MinTotal">Lowest total in the band.</param>
/// <param name="MaxTotal">Highest total in the band.</param>
/// <param name="Reading">What a total in this band suggests.</param>
public sealed record RubricBand(int MinTotal, int MaxTotal, string Reading);

/// <summary>
/// A readiness gate: a total to reach, and dimensions that must reach <paramref name="PriorityMinimum"/>
/// first (seed 000: 28 of 35, transition explanation and role fit below 4 fixed first).
/// </summary>
/// <param name="MinTotal">Total at or above which the gate is passed.</param>
/// <param name="PriorityDimensions">Dimension ids checked before the total.</param>
/// <param name="PriorityMinimum">Lowest acceptable rating on a priority dimension.</param>
public sealed record RubricGate(int MinTotal, IReadOnlyList<string> PriorityDimensions, int PriorityMinimum);

/// <summary>
/// A versioned rubric: ordered dimensions, optional bands of totals and an optional readiness gate.
/// </summary>
/// <param name="Id">Versioned id as used by loop documents (e.g. <c>senior-evidence/v1</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Dimensions">The dimensions in display order.</param>
/// <param name="Bands">Bands of totals, ascending; empty when the rubric has none.</param>
/// <param name="Gate">Readiness gate, or <c>null</c>.</param>
public sealed record Rubric(
    string Id, string Name, IReadOnlyList<RubricDimension> Dimensions, IReadOnlyList<RubricBand> Bands, RubricGate? Gate)
{
    /// <summary>True when <paramref name="dimensionId"/> is one of this rubric's dimensions.</summary>
    public bool HasDimension(string dimensionId) => Dimensions.Any(d => d.Id == dimensionId);

    /// <summary>The band holding <paramref name="total"/>, or <c>null</c> when none does.</summary>
    public RubricBand? BandFor(int total) => Bands.FirstOrDefault(b => total >= b.MinTotal && total <= b.MaxTotal);
}
