using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Server.Auth;

/// <summary>
/// What a sign-in cookie carries beside the user's own claims: when the user was last checked against the
/// store (<see cref="CheckedAtClaim"/>, Unix seconds) and a stamp of their password hash
/// (<see cref="PasswordStampClaim"/>, 16 hex digits of its SHA-256), so that <see cref="UserRecheck"/> can tell
/// a changed password without keeping the hash in the cookie.
/// </summary>
internal static class SessionClaims
{
    public const string CheckedAtClaim = "checked_at";

    public const string PasswordStampClaim = "password_stamp";

    /// <summary>The cookie's principal for <paramref name="user"/>, checked at <paramref name="now"/>.</summary>
    public static ClaimsPrincipal For(UserRecord user, DateTimeOffset now, string scheme)
    {
        var principal = Current(user).ToPrincipal(scheme);
        ((ClaimsIdentity)principal.Identity!).AddClaims(
        [
            new Claim(CheckedAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new Claim(PasswordStampClaim, Stamp(user.PasswordHash)),
        ]);
        return principal;
    }

    public static CurrentUser Current(UserRecord user) => new(user.Id, user.Username, user.DisplayName, user.Roles.ToArray());

    /// <summary>When the principal was last checked; null for a cookie from before checks were recorded.</summary>
    public static DateTimeOffset? CheckedAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(CheckedAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static string Stamp(string passwordHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)))[..16];
}
