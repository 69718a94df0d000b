namespace InterviewLoop.Domain.Loops;

/// <summary>One planned interview inside a loop.</summary>
/// <param name="RoundId">Id unique within its loop (e.g. <c>r1</c>).</param>
/// <param name="Kind">What kind of interview.</param>
/// <param name="RubricId">Versioned rubric id, e.g. <c>senior-evidence/v1</c>.</param>
/// <param name="StartedAt">Scheduled or actual start (UTC), or <c>null</c> when not scheduled.</param>
/// <param name="DurationMinutes">Time box in minutes (45 is typical), 5..480.</param>
/// <param name="Panel">Who interviews.</param>
public sealed record RoundPlan(
    string RoundId, RoundKind Kind, string RubricId, DateTimeOffset? StartedAt, int DurationMinutes, Panel Panel)
{
    /// <summary>The usual time box in minutes.</summary>
    public const int DefaultDurationMinutes = 45;
}
