using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Server.Auth.Live;

/// <summary>
/// Checks the connections that only listen (a recruiter's board, a page left open): every <see cref="Period"/>, the
/// connections due a check before the next sweep are held to <see cref="SessionRule"/> against one read of the users
/// table, so a deactivated user or a lost role stops receiving pushes within about <c>Auth:RecheckUserAfter</c>, and
/// the hub's calls seldom find a check due. A sweep that fails is logged and the next one tries again.
/// </summary>
internal sealed partial class LiveConnectionSweeper(
    LiveConnections connections, LiveUserCheck check, UserStore users, TimeProvider clock, UserRecheckOptions options,
    ILogger<LiveConnectionSweeper> logger) : BackgroundService
{
    /// <summary>Half the recheck interval, at least one second.</summary>
    public TimeSpan Period { get; } = TimeSpan.FromTicks(Math.Max(options.Interval.Ticks / 2, TimeSpan.TicksPerSecond));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Period, clock, stoppingToken);
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                SweepFailed(logger, e);
            }
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        var due = connections.DueBy(clock.GetUtcNow() + Period);
        if (due.Count == 0) return;
        var stored = (await users.ListAsync(ct)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (var connection in due) check.Keep(connection, stored.GetValueOrDefault(connection.UserId));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking live connections against the users table failed; the next sweep tries again")]
    private static partial void SweepFailed(ILogger logger, Exception error);
}
