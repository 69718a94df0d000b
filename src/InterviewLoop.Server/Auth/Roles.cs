namespace InterviewLoop.Server.Auth;

/// <summary>The roles a local user can hold (domain.md's users); stored and sent as these lowercase names.</summary>
public static class Roles
{
    /// <summary>Scores the rounds whose panel they are on.</summary>
    public const string Interviewer = "interviewer";

    /// <summary>Builds loops, assigns panels and watches progress; reads submitted scorecards, never drafts, and never changes ratings.</summary>
    public const string Recruiter = "recruiter";

    /// <summary>Hiring committee: reads calibrated debriefs.</summary>
    public const string Committee = "committee";

    /// <summary>Administers users (<c>/api/users</c>) and may import whole loops with their scorecards; may also do what recruiters and the committee do.</summary>
    public const string Admin = "admin";

    /// <summary>Every role name.</summary>
    public static IReadOnlyList<string> All { get; } = [Interviewer, Recruiter, Committee, Admin];
}
