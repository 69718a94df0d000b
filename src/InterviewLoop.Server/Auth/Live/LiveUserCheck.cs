using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Server.Auth.Live;

/// <summary>Holds a live connection to <see cref="SessionRule"/>, as the sign-in cookie is held to it.</summary>
/// <param name="clock">The server's clock.</param>
/// <param name="options">The recheck interval.</param>
/// <param name="logger">Where ended connections are logged.</param>
internal sealed partial class LiveUserCheck(TimeProvider clock, UserRecheckOptions options, ILogger<LiveUserCheck> logger)
{
    /// <summary>
    /// Compares the connection's principal with <paramref name="user"/> as stored now (<c>null</c>: removed). When the
    /// session ended or the roles changed, aborts the connection and returns false: the page reconnects, and the
    /// cookie's own recheck on that request decides what the user may do now. Otherwise records the check and returns
    /// true; a changed name alone keeps the connection (it shows the old name until it reconnects).
    /// </summary>
    public bool Keep(LiveConnection connection, UserRecord? user)
    {
        var standing = SessionRule.Judge(connection.Context.User!, user);
        if (standing is SessionStanding.Current or SessionStanding.Renamed)
        {
            connection.Checked(clock.GetUtcNow(), options.Interval);
            return true;
        }
        Ended(logger, connection.Context.ConnectionId, connection.UserId, standing);
        connection.Context.Abort();
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub connection {ConnectionId} of user {UserId} ended: {Standing} since it connected")]
    private static partial void Ended(ILogger logger, string connectionId, string userId, SessionStanding standing);
}
