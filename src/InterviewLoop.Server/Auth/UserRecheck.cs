using System.Security.Claims;
using InterviewLoop.Persistence.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace InterviewLoop.Server.Auth;

/// <summary>
/// Keeps a sign-in cookie in step with the users table, as ASP.NET Core Identity's security stamp does: at most
/// every <c>Auth:RecheckUserAfter</c> (default one minute) a request reloads the user. Changed roles or name
/// replace the cookie's claims; a removed or deactivated user, or a changed password (someone else's reset), ends
/// the session (<see cref="SessionRule"/>). Live hub connections are held to the same rule by <see cref="Live.HubUserRecheck"/>.
/// </summary>
internal static class UserRecheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal) return;
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var interval = services.GetRequiredService<UserRecheckOptions>().Interval;
        if (SessionClaims.CheckedAt(principal) is { } at && now - at < interval) return;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var user = await services.GetRequiredService<UserStore>().FindByIdAsync(id, context.HttpContext.RequestAborted);
        if (SessionRule.Judge(principal, user) == SessionStanding.Ended)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        context.ReplacePrincipal(SessionClaims.For(user!, now, context.Scheme.Name));
        context.ShouldRenew = true;
    }
}
