using Microsoft.AspNetCore.Identity;
using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Server.Auth;

/// <summary>Checks a username and password against the stored users.</summary>
/// <param name="users">The user store.</param>
/// <param name="hasher">ASP.NET Core's password hasher (PBKDF2).</param>
internal sealed class SignInService(UserStore users, IPasswordHasher<UserRecord> hasher)
{
    // A hash made with the same settings as real ones, checked for unknown usernames so that they take as long as a
    // wrong password: without it an unknown name answered in a fraction of the time, which told which names exist.
    private readonly Lazy<(UserRecord User, string Hash)> _standIn = new(() =>
    {
        var nobody = new UserRecord("-", "-", "-", "", []);
        return (nobody, hasher.HashPassword(nobody, Guid.NewGuid().ToString("N")));
    });

    /// <summary>
    /// The user when the password matches and the user is active, else <c>null</c>: the same answer for an unknown
    /// user and a deactivated one as for a wrong password, so that sign-in does not tell which accounts exist.
    /// </summary>
    public async Task<UserRecord?> CheckAsync(string username, string password, CancellationToken ct)
    {
        var user = await users.FindByUsernameAsync(username, ct);
        if (user is null)
        {
            hasher.VerifyHashedPassword(_standIn.Value.User, _standIn.Value.Hash, password);
            return null;
        }
        // Hashed even for a deactivated user, so that their answer takes as long as a wrong password's.
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        return result == PasswordVerificationResult.Failed || !user.Active ? null : user;
    }
}
