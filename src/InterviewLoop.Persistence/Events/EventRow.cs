using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Persistence.Events;

/// <summary>One row of <c>events</c> as read; properties match the SQL aliases.</summary>
internal sealed record EventRow
{
    /// <summary>The SELECT list that reads an <c>events</c> row into these properties.</summary>
    public const string Columns = $"""
        stream_id AS {nameof(StreamId)}, version AS {nameof(Version)}, type AS {nameof(Type)},
        payload AS {nameof(Payload)}, position AS {nameof(Position)}
        """;

    public string StreamId { get; init; } = "";

    public long Version { get; init; }

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public long Position { get; init; }

    /// <summary>The row with its event deserialized; throws <see cref="InvalidOperationException"/> for an unreadable type or payload.</summary>
    public StoredEvent ToStored() => new(StreamId, Version, EventSerializer.Deserialize(Type, Payload), Position);
}
