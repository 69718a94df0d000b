using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Auth.Live;

/// <summary>One scoring-hub connection held to the users table: its caller context and when its user is next due a check.</summary>
internal sealed class LiveConnection
{
    // UTC ticks. The hub's call path reads it and both it and the sweeper write it, so always through Volatile.
    private long _dueTicks;

    /// <summary>A connection whose principal needs checking at <paramref name="dueAt"/>.</summary>
    public LiveConnection(HubCallerContext context, DateTimeOffset dueAt)
    {
        Context = context;
        UserId = context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        _dueTicks = dueAt.UtcTicks;
    }

    /// <summary>The connection (its principal is the one it connected with; <see cref="HubCallerContext.Abort"/> ends it).</summary>
    public HubCallerContext Context { get; }

    /// <summary>The id of the connection's user, from the sign-in cookie it connected with.</summary>
    public string UserId { get; }

    /// <summary>True when the user must be read again before the connection is trusted at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset now) => now.UtcTicks >= Volatile.Read(ref _dueTicks);

    /// <summary>Records a check at <paramref name="now"/>: the next one is due <paramref name="interval"/> later.</summary>
    public void Checked(DateTimeOffset now, TimeSpan interval) => Volatile.Write(ref _dueTicks, (now + interval).UtcTicks);
}
