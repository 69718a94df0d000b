using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Persistence.Events;

/// <summary>
/// Writes a <see cref="Level"/> as its wire form <c>"L1"</c>..<c>"L8"</c> (the struct has no public
/// constructor to bind) and reads it back; anything else is a <see cref="JsonException"/>.
/// </summary>
public sealed class LevelJsonConverter : JsonConverter<Level>
{
    /// <inheritdoc />
    public override Level Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return Level.TryParse(text, out var level)
            ? level
            : throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a level L1..L8");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Level value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
