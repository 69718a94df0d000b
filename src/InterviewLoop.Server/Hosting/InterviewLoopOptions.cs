namespace InterviewLoop.Server.Hosting;

/// <summary>Settings of configuration section <c>InterviewLoop</c>.</summary>
public sealed class InterviewLoopOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "InterviewLoop";

    /// <summary>
    /// Path of a loop document (<c>interviewloop.loop/v1</c>) imported at start-up when no loop with
    /// its id exists yet; <c>null</c> imports nothing. Relative paths are taken from the working directory.
    /// </summary>
    public string? SampleLoop { get; set; }

    /// <summary>When true, the demo users (priya, marcus, dana, lee, riley, casey, admin) are created at start-up if missing.</summary>
    public bool SeedDemoUsers { get; set; }

    /// <summary>
    /// How long after a round ends its feedback is due (default 24 hours, the usual "feedback within a
    /// day" rule); after that the recruiter board marks every missing scorecard overdue.
    /// </summary>
    public TimeSpan FeedbackDueAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A grain activation unused this long is deactivated (default 15 minutes).</summary>
    public TimeSpan IdleGrainTimeout { get; set; } = TimeSpan.FromMinutes(15);
}
