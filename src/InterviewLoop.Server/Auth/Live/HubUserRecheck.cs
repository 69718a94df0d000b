using InterviewLoop.Persistence.Users;
using InterviewLoop.Server.Problems;
using InterviewLoop.Server.Scoring;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Auth.Live;

/// <summary>
/// Holds the scoring hub's connections to the users table, as <see cref="UserRecheck"/> holds the cookie: a call on
/// a connection whose user was last read more than <c>Auth:RecheckUserAfter</c> ago reads the user first
/// (<see cref="LiveUserCheck"/>). When the user was removed, deactivated, given a new password or new roles, the
/// connection is aborted and the call fails before the hub method runs, so nothing is applied; the problem's code,
/// <see cref="ChangedCode"/>, tells the page to keep the change and send it again after the reconnect. Listening
/// connections that make no calls are checked by <see cref="LiveConnectionSweeper"/>.
/// </summary>
/// <param name="connections">The open connections.</param>
/// <param name="check">The rule and what follows from it.</param>
/// <param name="users">The user store.</param>
/// <param name="clock">The server's clock.</param>
internal sealed class HubUserRecheck(LiveConnections connections, LiveUserCheck check, UserStore users, TimeProvider clock) : IHubFilter
{
    /// <summary>The problem code of a call refused because the account changed; not a refusal of what the call carried.</summary>
    public const string ChangedCode = "session.changed";

    private static readonly Problem Changed = new(StatusCodes.Status401Unauthorized, "Account changed", ChangedCode,
        "Your account changed since this page connected. Nothing was saved; the page reconnects and sends it again if you still may.", null);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        connections.Add(context.Context);
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        connections.Remove(context.Context);
        await next(context, exception);
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        // The usual call (the live benchmark makes ~500 a second): an item lookup, a clock read and a comparison.
        var connection = LiveConnections.Of(invocation.Context);
        if (connection is not null && !connection.IsDue(clock.GetUtcNow())) return next(invocation);
        return CheckThenInvokeAsync(invocation, connection ?? connections.Add(invocation.Context), next);
    }

    private async ValueTask<object?> CheckThenInvokeAsync(
        HubInvocationContext invocation, LiveConnection connection, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var user = await users.FindByIdAsync(connection.UserId, invocation.Context.ConnectionAborted);
        if (!check.Keep(connection, user)) throw ScoringErrorFilter.ToHubException(Changed);
        return await next(invocation);
    }
}
