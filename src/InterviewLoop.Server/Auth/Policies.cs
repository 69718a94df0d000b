using Microsoft.AspNetCore.Authorization;

namespace InterviewLoop.Server.Auth;

/// <summary>Authorization policy names, each a set of roles; panel membership is checked per round on top.</summary>
public static class Policies
{
    /// <summary>Interviewers: scoring their own scorecards.</summary>
    public const string Scoring = "scoring";

    /// <summary>Recruiters and admins: planning loops and panels.</summary>
    public const string Planning = "planning";

    /// <summary>Recruiters, hiring committee and admins: reading whole loops and calibration.</summary>
    public const string Oversight = "oversight";

    /// <summary>Admins: users and their roles.</summary>
    public const string Administration = "administration";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Scoring, p => p.RequireRole(Roles.Interviewer));
        options.AddPolicy(Planning, p => p.RequireRole(Roles.Recruiter, Roles.Admin));
        options.AddPolicy(Oversight, p => p.RequireRole(Roles.Recruiter, Roles.Committee, Roles.Admin));
    }
}
