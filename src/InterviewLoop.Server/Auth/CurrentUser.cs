using System.Security.Claims;
using System.Text.Json.Serialization;
using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Server.Auth;

/// <summary>The signed-in user as read from the sign-in cookie's claims.</summary>
/// <param name="Id">User id, e.g. <c>u-21</c>; the id panels and scorecards use.</param>
/// <param name="Username">Login name, e.g. <c>dana</c>.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Roles">Role names (see <see cref="Auth.Roles"/>).</param>
public sealed record CurrentUser(string Id, string Username, string DisplayName, IReadOnlyList<string> Roles)
{
    /// <summary>Claim type of the display name.</summary>
    public const string DisplayNameClaim = "display_name";

    /// <summary>True for recruiters, committee members and admins: they see progress and whole loops.</summary>
    [JsonIgnore]
    public bool HasOversight => Roles.Any(r => r is Auth.Roles.Recruiter or Auth.Roles.Committee or Auth.Roles.Admin);

    /// <summary>True for recruiters and admins.</summary>
    [JsonIgnore]
    public bool CanPlan => Roles.Any(r => r is Auth.Roles.Recruiter or Auth.Roles.Admin);

    /// <summary>The user as <see cref="ScorecardVisibility"/> sees them: id, and oversight (recruiters, committee, admins).</summary>
    [JsonIgnore]
    public ScorecardViewer Viewer => new(Id, HasOversight);

    /// <summary>True for interviewers.</summary>
    [JsonIgnore]
    public bool IsInterviewer => Roles.Contains(Auth.Roles.Interviewer);

    /// <summary>Reads the user from an authenticated principal; throws when the cookie lacks the user id.</summary>
    public static CurrentUser From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The sign-in cookie carries no user id."),
        principal.FindFirstValue(ClaimTypes.Name) ?? "",
        principal.FindFirstValue(DisplayNameClaim) ?? "",
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray());

    /// <summary>The claims stored in the sign-in cookie.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationScheme)
    {
        Claim[] identity = [new(ClaimTypes.NameIdentifier, Id), new(ClaimTypes.Name, Username), new(DisplayNameClaim, DisplayName)];
        var claims = identity.Concat(Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationScheme));
    }
}
