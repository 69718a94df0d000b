using System.Security.Claims;
using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Server.Auth;

/// <summary>How a signed-in principal stands against its user's row now (<see cref="SessionRule.Judge"/>).</summary>
internal enum SessionStanding
{
    /// <summary>Nothing the principal carries changed.</summary>
    Current,

    /// <summary>Only the username or display name changed.</summary>
    Renamed,

    /// <summary>The set of roles changed; the user may still sign in.</summary>
    RolesChanged,

    /// <summary>The user was removed or deactivated, or their password changed: the session must end.</summary>
    Ended,
}

/// <summary>
/// The one rule deciding whether a session still stands, used by the sign-in cookie (<see cref="UserRecheck"/>)
/// and by live hub connections (<see cref="Live.LiveUserCheck"/>), so that the two never disagree.
/// </summary>
internal static class SessionRule
{
    /// <summary>
    /// Compares <paramref name="principal"/> (as issued by <see cref="SessionClaims.For"/>) with
    /// <paramref name="user"/> as stored now (<c>null</c>: no such user). The most severe difference wins.
    /// </summary>
    public static SessionStanding Judge(ClaimsPrincipal principal, UserRecord? user)
    {
        if (user is not { Active: true }) return SessionStanding.Ended;
        if (principal.FindFirstValue(SessionClaims.PasswordStampClaim) != SessionClaims.Stamp(user.PasswordHash)) return SessionStanding.Ended;
        var held = CurrentUser.From(principal);
        if (!held.Roles.ToHashSet(StringComparer.Ordinal).SetEquals(user.Roles)) return SessionStanding.RolesChanged;
        return held.Username == user.Username && held.DisplayName == user.DisplayName ? SessionStanding.Current : SessionStanding.Renamed;
    }
}
