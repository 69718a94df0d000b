using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InterviewLoop.Packets.Sealing;

/// <summary>
/// One byte-exact JSON text per value, so that equal packets hash equally on any machine: object keys
/// sorted by ordinal, no whitespace, numbers in .NET's shortest round-trip form (culture-invariant),
/// enums by name, times as UTC <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, nulls written, computed
/// (getter-only) properties left out, and text escaped by System.Text.Json's default encoder.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The canonical UTF-8 JSON of <paramref name="value"/>.</summary>
    public static byte[] Serialize<T>(T value)
    {
        var node = JsonSerializer.SerializeToNode(value, Options);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }
        return buffer.ToArray();
    }

    /// <summary>The canonical JSON of <paramref name="value"/> as text.</summary>
    public static string SerializeToString<T>(T value) => Encoding.UTF8.GetString(Serialize(value));

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null: writer.WriteNullValue(); break;
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a) Write(writer, item);
                writer.WriteEndArray();
                break;
            default: node.WriteTo(writer); break;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Converters = { new JsonStringEnumConverter(), new UtcTimeConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipComputedProperties } },
        };
        options.MakeReadOnly();
        return options;
    }

    // IsSubmitted and friends follow from other fields; hashing them adds nothing and couples the hash to helpers.
    private static void SkipComputedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        foreach (var p in typeInfo.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToArray()) typeInfo.Properties.Remove(p);
    }

    private sealed class UtcTimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
    }
}
