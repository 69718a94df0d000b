using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Wire;

/// <summary>
/// One JSON shape for REST and the scoring hub: camelCase members, enums as the contract's
/// snake_case wire names (<c>strong_yes</c>, <c>level_recommendation</c>) and levels as <c>L4</c>.
/// Scorecards, sent twice on every live edit, are written by hand in that same shape (<see cref="ScorecardJsonConverter"/>).
/// </summary>
public static class WireFormat
{
    /// <summary>Applies the wire conventions to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new LevelJsonConverter());
        options.Converters.Add(new ScorecardJsonConverter());
    }

    /// <summary>Uses the wire conventions for minimal APIs and the SignalR JSON protocol.</summary>
    public static IServiceCollection AddWireFormat(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.Configure<JsonHubProtocolOptions>(o => Configure(o.PayloadSerializerOptions));
        return services;
    }
}
