using InterviewLoop.Persistence.Users;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Users;
using Microsoft.AspNetCore.Identity;

namespace InterviewLoop.Server.Startup;

/// <summary>
/// The first admin of a database without demo users: when <c>Auth:FirstAdmin:Username</c> and
/// <c>Auth:FirstAdmin:Password</c> are set (the password best from the environment,
/// <c>Auth__FirstAdmin__Password</c>) and no active user holds the admin role, creates that admin (id
/// <c>u-{username}</c>), who then adds everyone else through <c>/api/users</c>. Does nothing once an active
/// admin exists, so the setting can stay in place. Deactivated admins do not count, as for the last-admin
/// rule of <c>/api/users</c> (which keeps a database from losing its last active admin in the first place).
/// A password shorter than <see cref="UserRules.MinPasswordLength"/> stops the start with the reason.
/// </summary>
/// <param name="users">The user store.</param>
/// <param name="hasher">ASP.NET Core's password hasher.</param>
/// <param name="configuration">Where the two settings are read.</param>
/// <param name="logger">Start-up log.</param>
internal sealed class FirstAdmin(UserStore users, IPasswordHasher<UserRecord> hasher, IConfiguration configuration, ILogger<FirstAdmin> logger)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        var username = configuration["Auth:FirstAdmin:Username"];
        if (string.IsNullOrWhiteSpace(username)) return;
        if ((await users.ListAsync(ct)).Any(UserRules.IsActiveAdmin)) return;
        var password = UserRules.RequirePassword(configuration["Auth:FirstAdmin:Password"]);
        var admin = new UserRecord($"u-{username.Trim().ToLowerInvariant()}", username.Trim(), username.Trim(), "", [Roles.Admin]);
        await users.CreateAsync(admin with { PasswordHash = hasher.HashPassword(admin, password) }, ct);
        StartupLog.FirstAdminCreated(logger, admin.Username);
    }
}
