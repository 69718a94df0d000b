namespace InterviewLoop.Domain.Scoring;

/// <summary>
/// One rating on a rubric dimension: an integer from <see cref="Min"/> (1) to <see cref="Max"/> (5),
/// anchored at 1, 3 and 5 (the 1-5 scale of seed 003's and seed 000's rubrics).
/// </summary>
public static class Rating
{
    /// <summary>Lowest rating on the scale.</summary>
    public const int Min = 1;

    /// <summary>Highest rating on the scale.</summary>
    public const int Max = 5;

    /// <summary>Ratings at or above this are "high" (4-5) and need concrete evidence.</summary>
    public const int HighFrom = 4;

    /// <summary>Ratings at or below this are "low" (1-2) and need concrete evidence.</summary>
    public const int LowTo = 2;

    /// <summary>True when <paramref name="value"/> is on the 1..5 scale.</summary>
    public static bool IsValid(int value) => value is >= Min and <= Max;

    /// <summary>Returns <paramref name="value"/> or throws <see cref="DomainException"/> (<c>rating.out_of_range</c>) naming <paramref name="field"/>.</summary>
    public static int Require(int value, string field) =>
        IsValid(value)
            ? value
            : throw new DomainException("rating.out_of_range", $"{field}: {value} is outside {Min}..{Max}", field);

    /// <summary>True for the extremes that the evidence rule applies to (1-2 or 4-5).</summary>
    public static bool IsExtreme(int value) => value <= LowTo || value >= HighFrom;
}
