using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>Wires SignalR and maps the scoring hub.</summary>
public static class ScoringServices
{
    /// <summary>Adds SignalR with the refusal-to-problem filter.</summary>
    public static IServiceCollection AddScoringServices(this IServiceCollection services)
    {
        services.AddSignalR(o => o.AddFilter<ScoringErrorFilter>());
        return services;
    }

    /// <summary>Maps <see cref="ScoringHub"/> at <c>/hubs/scoring</c>.</summary>
    public static IEndpointRouteBuilder MapScoringHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<ScoringHub>("/hubs/scoring");
        return app;
    }
}
