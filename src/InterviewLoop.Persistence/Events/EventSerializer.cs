using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InterviewLoop.Persistence.Events;

/// <summary>
/// Turns domain events into (stored name, JSON payload) and back with System.Text.Json:
/// camelCase properties, enums as snake_case strings (<c>strong_yes</c>, <c>project_deep_dive</c>),
/// levels as <c>"L4"</c>, times as ISO-8601; computed properties (e.g. <c>IsSubmitted</c>) are not stored.
/// </summary>
public static class EventSerializer
{
    /// <summary>The JSON options used for payloads and for the read models' JSON columns.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The stored name and JSON payload of <paramref name="domainEvent"/>; throws <see cref="ArgumentException"/> for an unregistered type.</summary>
    public static (string Type, string Payload) Serialize(object domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var type = domainEvent.GetType();
        return (EventTypes.NameOf(type), JsonSerializer.Serialize(domainEvent, type, Options));
    }

    /// <summary>
    /// The event stored as <paramref name="type"/> with <paramref name="payload"/>. Throws
    /// <see cref="InvalidOperationException"/> for an unknown name or a payload that does not fit the type.
    /// </summary>
    public static object Deserialize(string type, string payload)
    {
        var eventType = EventTypes.TypeOf(type);
        try
        {
            return JsonSerializer.Deserialize(payload, eventType, Options)
                ?? throw new InvalidOperationException($"events.payload: a '{type}' event is null");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"events.payload: a '{type}' event does not read back: {e.Message}", e);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new LevelJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipComputedProperties } },
        };
        options.MakeReadOnly();
        return options;
    }

    // A getter-only property that no constructor parameter binds is derived state; storing it would
    // only let old payloads disagree with new code.
    private static void SkipComputedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        var computed = typeInfo.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToArray();
        foreach (var property in computed) typeInfo.Properties.Remove(property);
    }
}
