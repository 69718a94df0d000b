namespace InterviewLoop.Domain.Loops;

/// <summary>The kind of interview a round is; wire names as in the loop-document contract.</summary>
public enum RoundKind
{
    /// <summary>Recruiter screen.</summary>
    RecruiterScreen,

    /// <summary>Hiring manager conversation.</summary>
    HiringManager,

    /// <summary>Behavioral interview.</summary>
    Behavioral,

    /// <summary>Deep dive on one of the candidate's projects.</summary>
    ProjectDeepDive,

    /// <summary>System design.</summary>
    SystemDesign,

    /// <summary>Coding.</summary>
    Coding,

    /// <summary>Anything else.</summary>
    Other,
}
