using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Server.Wire;

/// <summary>
/// Writes a <see cref="Scorecard"/> in exactly the shape the serializer's default contract gives it under
/// <see cref="WireFormat"/> (camelCase members in declaration order, nulls written, <c>isSubmitted</c>
/// last; a test compares the two byte for byte), and reads it back through that default contract.
/// Why by hand: every live edit sends a scorecard twice (the ack and the push to the interviewer's other
/// pages), and the serializer's reflection path allocates a 0.4 KB frame array per nested object graph;
/// written here, a scorecard allocates nothing beyond what the writer itself holds (docs/benchmarks.md).
/// </summary>
internal sealed class ScorecardJsonConverter : JsonConverter<Scorecard>
{
    private static readonly JsonEncodedText InterviewerId = JsonEncodedText.Encode("interviewerId");
    private static readonly JsonEncodedText InterviewerName = JsonEncodedText.Encode("interviewerName");
    private static readonly JsonEncodedText Ratings = JsonEncodedText.Encode("ratings");
    private static readonly JsonEncodedText Notes = JsonEncodedText.Encode("notes");
    private static readonly JsonEncodedText Dimension = JsonEncodedText.Encode("dimension");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Recommendation = JsonEncodedText.Encode("recommendation");
    private static readonly JsonEncodedText LevelRecommendation = JsonEncodedText.Encode("levelRecommendation");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText Claims = JsonEncodedText.Encode("claims");
    private static readonly JsonEncodedText Topic = JsonEncodedText.Encode("topic");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");
    private static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText SubmittedAt = JsonEncodedText.Encode("submittedAt");
    private static readonly JsonEncodedText IsSubmitted = JsonEncodedText.Encode("isSubmitted");

    private static readonly WireEnumNames<Recommendation> RecommendationNames = new();
    private static readonly WireEnumNames<ClaimTopic> TopicNames = new();

    // Reading is rare (no hub method takes a scorecard): the default contract, without this converter.
    private JsonSerializerOptions? _readOptions;

    /// <inheritdoc />
    public override Scorecard? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Scorecard>(ref reader, ReadOptions(options));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Scorecard value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(InterviewerId, value.InterviewerId);
        writer.WriteString(InterviewerName, value.InterviewerName);
        WriteRatings(writer, value.Ratings);
        WriteNotes(writer, value.Notes);
        WriteRecommendation(writer, value.Recommendation);
        WriteLevel(writer, value);
        writer.WriteString(Summary, value.Summary);
        WriteClaims(writer, value.Claims);
        if (value.SubmittedAt is { } at) writer.WriteString(SubmittedAt, at);
        else writer.WriteNull(SubmittedAt);
        writer.WriteBoolean(IsSubmitted, value.IsSubmitted);
        writer.WriteEndObject();
    }

    private static void WriteRatings(Utf8JsonWriter writer, IReadOnlyDictionary<string, int> ratings)
    {
        writer.WriteStartObject(Ratings);
        foreach (var (dimension, rating) in ratings) writer.WriteNumber(dimension, rating);
        writer.WriteEndObject();
    }

    private static void WriteNotes(Utf8JsonWriter writer, IReadOnlyList<EvidenceNote> notes)
    {
        writer.WriteStartArray(Notes);
        for (var i = 0; i < notes.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString(Dimension, notes[i].Dimension);
            writer.WriteString(Text, notes[i].Text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteRecommendation(Utf8JsonWriter writer, Recommendation? recommendation)
    {
        if (recommendation is { } r) writer.WriteString(Recommendation, RecommendationNames[r]);
        else writer.WriteNull(Recommendation);
    }

    private static void WriteLevel(Utf8JsonWriter writer, Scorecard value)
    {
        if (value.LevelRecommendation is { } level) writer.WriteString(LevelRecommendation, level.ToString());
        else writer.WriteNull(LevelRecommendation);
    }

    private static void WriteClaims(Utf8JsonWriter writer, IReadOnlyList<Claim> claims)
    {
        writer.WriteStartArray(Claims);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            writer.WriteStartObject();
            writer.WriteString(Topic, TopicNames[claim.Topic]);
            writer.WriteString(Value, claim.Value);
            writer.WriteString(Quote, claim.Quote);
            writer.WriteString(Subject, claim.Subject);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private JsonSerializerOptions ReadOptions(JsonSerializerOptions options)
    {
        if (_readOptions is { } cached) return cached;
        var copy = new JsonSerializerOptions(options);
        copy.Converters.Remove(this);
        copy.MakeReadOnly();
        return _readOptions = copy;
    }
}
