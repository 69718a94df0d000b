namespace InterviewLoop.Grains.Hosting;

/// <summary>Settings of a <see cref="GrainHost"/>.</summary>
public sealed record GrainHostOptions
{
    /// <summary>An activation unused this long is deactivated (default 15 minutes).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for (default 1 minute); <see cref="Timeout.InfiniteTimeSpan"/> turns the timer off.</summary>
    public TimeSpan CollectionInterval { get; init; } = TimeSpan.FromMinutes(1);
}
