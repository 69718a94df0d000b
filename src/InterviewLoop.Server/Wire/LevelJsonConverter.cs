using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Server.Wire;

/// <summary>Writes a <see cref="Level"/> as its wire form <c>L1</c>..<c>L8</c> and reads it back.</summary>
internal sealed class LevelJsonConverter : JsonConverter<Level>
{
    public override Level Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Level.TryParse(reader.GetString(), out var level) ? level : throw new JsonException("expected a level L1..L8");

    public override void Write(Utf8JsonWriter writer, Level value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
