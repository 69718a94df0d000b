using Microsoft.AspNetCore.Identity;
using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Server.Auth;

/// <summary>Checks a username and password against the stored users.</summary>
/// <param name="users">The user store.</param>
/// <param name="hasher">ASP.NET Core's password hasher (PBKDF2).</param>
internal sealed class SignInService(UserStore users, IPasswordHasher<UserRecord> hasher)
{
    /// <summary>The user when the password matches, else <c>null</c> (same answer for an unknown user, so names cannot be probed).</summary>
    public async Task<UserRecord?> CheckAsync(string username, string password, CancellationToken ct)
    {
        var user = await users.FindByUsernameAsync(username, ct);
        if (user is null) return null;
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        return result == PasswordVerificationResult.Failed ? null : user;
    }
}
