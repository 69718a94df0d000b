using InterviewLoop.Server.Auth.Live;
using InterviewLoop.Server.Scoring.Coherence;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Scoring.Submission;
using InterviewLoop.Server.Scoring.Visibility;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>Wires SignalR, the live room (presence, pushes), visibility, coherence and submissions, and maps the scoring hub.</summary>
public static class ScoringServices
{
    /// <summary>
    /// Adds SignalR with the refusal-to-problem filter, the scoring hub's recheck of its users (<see cref="HubUserRecheck"/>;
    /// not on the bench's echo hub, which stands for the transport alone), and the services the hub and the round observer share.
    /// </summary>
    public static IServiceCollection AddScoringServices(this IServiceCollection services)
    {
        // Registered, so SignalR reuses one filter instead of creating one for every hub call.
        services.AddSingleton<ScoringErrorFilter>();
        services.AddSignalR(o => o.AddFilter<ScoringErrorFilter>()).AddHubOptions<ScoringHub>(o => o.AddFilter<HubUserRecheck>());
        services.AddSingleton<RoomPresence>();
        services.AddSingleton<RoomViews>();
        services.AddSingleton<RoomBroadcaster>();
        services.AddSingleton<LoopStandings>();
        services.AddSingleton<ScorecardCoherence>();
        services.AddSingleton<ScorecardSubmissions>();
        return services;
    }

    /// <summary>Maps <see cref="ScoringHub"/> at <c>/hubs/scoring</c>.</summary>
    public static IEndpointRouteBuilder MapScoringHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<ScoringHub>("/hubs/scoring");
        return app;
    }
}
