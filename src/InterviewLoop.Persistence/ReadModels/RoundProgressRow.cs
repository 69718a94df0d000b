namespace InterviewLoop.Persistence.ReadModels;

/// <summary>The JSON columns of one <c>rounds</c> row; properties match the SQL aliases.</summary>
internal sealed record RoundProgressRow
{
    public string PanelJson { get; init; } = "[]";

    public string StartedJson { get; init; } = "[]";

    public string SubmittedJson { get; init; } = "[]";
}
