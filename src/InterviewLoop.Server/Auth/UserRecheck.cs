using System.Security.Claims;
using InterviewLoop.Persistence.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace InterviewLoop.Server.Auth;

/// <summary>
/// Keeps a sign-in cookie in step with the users table, as ASP.NET Core Identity's security stamp does: at most
/// every <c>Auth:RecheckUserAfter</c> (default one minute) a request reloads the user. Changed roles or name
/// replace the cookie's claims; a removed user or a changed password (someone else's reset) ends the session.
/// Live hub connections keep the roles they connected with until they reconnect.
/// </summary>
internal static class UserRecheck
{
    /// <summary>Default time between checks of one session.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal) return;
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var interval = services.GetRequiredService<IConfiguration>().GetValue("Auth:RecheckUserAfter", DefaultInterval);
        if (SessionClaims.CheckedAt(principal) is { } at && now - at < interval) return;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var user = await services.GetRequiredService<UserStore>().FindByIdAsync(id, context.HttpContext.RequestAborted);
        if (user is null || principal.FindFirstValue(SessionClaims.PasswordStampClaim) != SessionClaims.Stamp(user.PasswordHash))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        context.ReplacePrincipal(SessionClaims.For(user, now, context.Scheme.Name));
        context.ShouldRenew = true;
    }
}
