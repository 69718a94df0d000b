namespace InterviewLoop.Calibration.Narrative.Ownership;

/// <summary>
/// The candidate's part in a project, as told in one round. <see cref="Team"/> is "we did it": weak,
/// because leaders say "we" too, so it only contradicts a claim of doing it alone.
/// </summary>
internal enum OwnershipLevel
{
    /// <summary>"We built it", "the team shipped it": the candidate's own part unstated.</summary>
    Team,

    /// <summary>Helped, contributed, worked on it, or someone else led it.</summary>
    Contributed,

    /// <summary>Led, ran, drove, was the tech lead.</summary>
    Led,

    /// <summary>Owned it end to end, alone, from start to finish.</summary>
    Owned,
}
