namespace InterviewLoop.Domain.Rounds;

/// <summary>
/// When a round runs and when its feedback is due. The end is the recorded end, else the start
/// (actual, else scheduled) plus the time box; feedback is due a grace period after the end.
/// </summary>
/// <param name="ScheduledAt">Planned start (UTC), or <c>null</c>.</param>
/// <param name="StartedAt">Actual start from the shared clock (UTC), or <c>null</c>.</param>
/// <param name="EndedAt">Recorded end (UTC), or <c>null</c>.</param>
/// <param name="DurationMinutes">Time box in minutes.</param>
public sealed record RoundTimes(DateTimeOffset? ScheduledAt, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, int DurationMinutes)
{
    /// <summary>When the round ends or ended, or <c>null</c> when it has neither a start nor an end.</summary>
    public DateTimeOffset? EndsAt => EndedAt ?? (StartedAt ?? ScheduledAt)?.AddMinutes(DurationMinutes);

    /// <summary>When feedback is due: <see cref="EndsAt"/> plus <paramref name="grace"/>; <c>null</c> without an end.</summary>
    public DateTimeOffset? FeedbackDueAt(TimeSpan grace) => EndsAt?.Add(grace);

    /// <summary>True when <paramref name="now"/> is at or past <see cref="FeedbackDueAt"/>.</summary>
    public bool IsFeedbackOverdue(DateTimeOffset now, TimeSpan grace) => FeedbackDueAt(grace) is { } due && now >= due;
}
