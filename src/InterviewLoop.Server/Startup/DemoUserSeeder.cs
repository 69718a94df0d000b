using InterviewLoop.Persistence.Users;
using Microsoft.AspNetCore.Identity;

namespace InterviewLoop.Server.Startup;

/// <summary>Creates the demo users that are missing; leaves existing users (and changed passwords) alone.</summary>
/// <param name="users">The user store.</param>
/// <param name="hasher">ASP.NET Core's password hasher.</param>
/// <param name="logger">Start-up log.</param>
internal sealed class DemoUserSeeder(UserStore users, IPasswordHasher<UserRecord> hasher, ILogger<DemoUserSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var created = 0;
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByUsernameAsync(demo.Username, ct) is not null) continue;
            var user = new UserRecord(demo.Id, demo.Username, demo.DisplayName, "", [demo.Role]);
            await users.UpsertAsync(user with { PasswordHash = hasher.HashPassword(user, DemoUsers.Password) }, ct);
            created++;
        }
        StartupLog.DemoUsersSeeded(logger, created, DemoUsers.All.Count - created);
    }
}
