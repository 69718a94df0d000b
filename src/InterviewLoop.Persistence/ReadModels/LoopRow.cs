namespace InterviewLoop.Persistence.ReadModels;

/// <summary>One <c>loops</c> row as read; properties match the SQL aliases.</summary>
internal sealed record LoopRow
{
    public string LoopId { get; init; } = "";

    public string CandidateId { get; init; } = "";

    public string CandidateName { get; init; } = "";

    public string RoleTitle { get; init; } = "";

    public string Track { get; init; } = "";

    public string TargetLevel { get; init; } = "";

    public long RoundCount { get; init; }

    public long SubmittedCount { get; init; }

    public long ExpectedCount { get; init; }

    public string State { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    public string UpdatedAt { get; init; } = "";
}
