namespace InterviewLoop.Domain.Scoring;

/// <summary>
/// An interviewer's overall hiring recommendation, on the five-step scale of the loop-document
/// contract; wire names <c>strong_no</c>, <c>no</c>, <c>mixed</c>, <c>yes</c>, <c>strong_yes</c>.
/// Numeric values run from -2 (strong no) to +2 (strong yes) so that polarity can be compared.
/// </summary>
public enum Recommendation
{
    /// <summary>Strong no hire (-2).</summary>
    StrongNo = -2,

    /// <summary>No hire (-1).</summary>
    No = -1,

    /// <summary>Mixed evidence, no recommendation either way (0).</summary>
    Mixed = 0,

    /// <summary>Hire (+1).</summary>
    Yes = 1,

    /// <summary>Strong hire (+2).</summary>
    StrongYes = 2,
}
