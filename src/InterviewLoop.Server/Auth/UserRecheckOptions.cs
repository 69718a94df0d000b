namespace InterviewLoop.Server.Auth;

/// <summary>
/// <c>Auth:RecheckUserAfter</c>: how long a session, or a live hub connection, may go on trusting what it was
/// told about its user before the users table is read again. Read once at start-up.
/// </summary>
/// <param name="Interval">Time between checks of one session or connection; zero checks on every request.</param>
internal sealed record UserRecheckOptions(TimeSpan Interval)
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Auth:RecheckUserAfter";

    /// <summary>Default time between checks of one session.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    /// <summary>Reads <see cref="Key"/>; a negative value stops the start with the reason.</summary>
    public static UserRecheckOptions From(IConfiguration configuration)
    {
        var interval = configuration.GetValue(Key, DefaultInterval);
        return interval >= TimeSpan.Zero ? new(interval) : throw new InvalidOperationException($"{Key}: {interval} is negative");
    }
}
