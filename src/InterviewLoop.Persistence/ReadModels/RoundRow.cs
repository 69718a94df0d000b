namespace InterviewLoop.Persistence.ReadModels;

/// <summary>One <c>rounds</c> row joined with its loop (and a panel seat); properties match the SQL aliases.</summary>
internal sealed record RoundRow
{
    public string LoopId { get; init; } = "";

    public string RoundId { get; init; } = "";

    public string Kind { get; init; } = "";

    public string RubricId { get; init; } = "";

    public string? StartedAt { get; init; }

    public long DurationMinutes { get; init; }

    public long Sequence { get; init; }

    public string? CandidateName { get; init; }

    public string? RoleTitle { get; init; }

    public string PanelJson { get; init; } = "[]";

    public string StartedJson { get; init; } = "[]";

    public string SubmittedJson { get; init; } = "[]";
}
