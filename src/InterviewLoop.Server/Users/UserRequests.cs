using InterviewLoop.Domain;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Users;

/// <summary>A user as the users API shows it: never the password hash.</summary>
/// <param name="Id">User id, also the interviewer id on panels and in loop documents (e.g. <c>u-17</c>).</param>
/// <param name="Username">Sign-in name, lower-case.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Roles">Role names (<see cref="Auth.Roles"/>).</param>
public sealed record UserView(string Id, string Username, string DisplayName, IReadOnlyList<string> Roles);

/// <summary>The body of <c>POST /api/users</c>.</summary>
/// <param name="Id">User id (1..100 letters, digits, '-', '_', '.'); <c>u-{username}</c> when absent. Use the id loop documents give the interviewer.</param>
/// <param name="Username">Sign-in name, without spaces; compared case-insensitively.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Roles">One or more of <c>interviewer</c>, <c>recruiter</c>, <c>committee</c>, <c>admin</c>.</param>
/// <param name="Password">At least <see cref="UserRules.MinPasswordLength"/> characters; stored only as a hash.</param>
public sealed record NewUserRequest(string? Id, string? Username, string? DisplayName, string[]? Roles, string? Password);

/// <summary>The body of <c>PATCH /api/users/{id}</c>: each field given is changed, each absent one kept.</summary>
/// <param name="DisplayName">New display name.</param>
/// <param name="Roles">New roles (the whole set).</param>
/// <param name="Password">New password (a reset: the user's sessions end).</param>
public sealed record UserChangeRequest(string? DisplayName, string[]? Roles, string? Password);

/// <summary>The checks on users the store does not make, each naming the field at fault (<see cref="DomainException"/>, a 400).</summary>
public static class UserRules
{
    /// <summary>Fewest characters in a password (NIST SP 800-63B asks at least 8; we ask more, as there is no second factor).</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Throws unless <paramref name="roles"/> is a non-empty set of known roles.</summary>
    public static IReadOnlyList<string> RequireRoles(string[]? roles)
    {
        if (roles is null || roles.Length == 0) throw new DomainException("user.roles", "roles: give at least one role", "roles");
        var unknown = roles.FirstOrDefault(r => !Auth.Roles.All.Contains(r));
        if (unknown is not null)
            throw new DomainException("user.roles", $"roles: '{unknown}' is not one of {string.Join(", ", Auth.Roles.All)}", "roles");
        return roles.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Throws unless <paramref name="password"/> is long enough.</summary>
    public static string RequirePassword(string? password) =>
        password is { Length: >= MinPasswordLength }
            ? password
            : throw new DomainException("user.password", $"password: needs at least {MinPasswordLength} characters", "password");

    /// <summary>Throws unless <paramref name="value"/> is present.</summary>
    public static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"user.{field}", $"{field}: must not be empty", field) : value.Trim();
}
