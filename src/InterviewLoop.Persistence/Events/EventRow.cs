namespace InterviewLoop.Persistence.Events;

/// <summary>One row of <c>events</c> as read; properties match the SQL aliases.</summary>
internal sealed record EventRow
{
    public string StreamId { get; init; } = "";

    public long Version { get; init; }

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public long Position { get; init; }
}
