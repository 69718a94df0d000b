using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Startup;

/// <summary>One demo user of the brief's table.</summary>
/// <param name="Username">Login name.</param>
/// <param name="Id">User id, shared with the sample loop's panels.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Role">The user's one role.</param>
internal sealed record DemoUser(string Username, string Id, string DisplayName, string Role);

/// <summary>The demo users; their ids match samples/loop-daniel-r.json, so dana (u-21) scores r4 live.</summary>
internal static class DemoUsers
{
    /// <summary>The password of every demo user (demo only; never enable seeding in production).</summary>
    public const string Password = "demo-pass";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("priya", "u-17", "Priya N.", Roles.Interviewer),
        new("marcus", "u-40", "Marcus O.", Roles.Interviewer),
        new("dana", "u-21", "Dana K.", Roles.Interviewer),
        new("lee", "u-22", "Lee S.", Roles.Interviewer),
        new("riley", "u-90", "Riley T.", Roles.Recruiter),
        new("casey", "u-91", "Casey M.", Roles.Committee),
        new("admin", "u-99", "Ada Admin", Roles.Admin),
    ];
}
