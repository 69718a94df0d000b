using System.Text.Json;
using InterviewLoop.Domain;
using InterviewLoop.Persistence.Users;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Users;

/// <summary>A user as the users API shows it: never the password hash.</summary>
/// <param name="Id">User id, also the interviewer id on panels and in loop documents (e.g. <c>u-17</c>).</param>
/// <param name="Username">Sign-in name, lower-case.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Roles">Role names (<see cref="Auth.Roles"/>).</param>
/// <param name="Active">False for a deactivated user, who cannot sign in.</param>
public sealed record UserView(string Id, string Username, string DisplayName, IReadOnlyList<string> Roles, bool Active);

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
/// <param name="Active"><c>false</c> deactivates the user (they cannot sign in, their sessions end; their record and
/// scorecards stay), <c>true</c> reactivates them. Read as JSON so that a wrong value is a 400 naming the field.</param>
public sealed record UserChangeRequest(string? DisplayName, string[]? Roles, string? Password, JsonElement? Active = null);

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

    /// <summary>Throws unless <paramref name="active"/> is JSON <c>true</c> or <c>false</c>.</summary>
    public static bool RequireActive(JsonElement active) => active.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new DomainException("user.active", $"active: give true or false, not {active.GetRawText()}", "active"),
    };

    /// <summary>True for an active user holding the admin role: the users the last-admin rule and Auth:FirstAdmin count.</summary>
    public static bool IsActiveAdmin(UserRecord user) => user.Active && user.Roles.Contains(Auth.Roles.Admin);

    /// <summary>Throws unless <paramref name="value"/> is present.</summary>
    public static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"user.{field}", $"{field}: must not be empty", field) : value.Trim();
}
