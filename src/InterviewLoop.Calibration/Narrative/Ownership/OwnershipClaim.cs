using InterviewLoop.Calibration.Narrative.Projects;

namespace InterviewLoop.Calibration.Narrative.Ownership;

/// <summary>The candidate's part (<paramref name="Level"/>) in one project.</summary>
internal sealed record OwnershipClaim(ProjectName Project, OwnershipLevel Level);
