using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Rounds;

namespace InterviewLoop.Server.Loops;

/// <summary>The new round sequence number after a panel change.</summary>
/// <param name="Sequence">Round sequence number.</param>
public sealed record PanelAssignedResult(long Sequence);

/// <summary><c>PUT /api/loops/{loopId}/rounds/{roundId}/panel</c> (recruiters and admins): replaces a round's panel.</summary>
public static class PanelApi
{
    /// <summary>Maps the panel endpoint. A member who already submitted cannot be removed (400 naming <c>panel</c>).</summary>
    public static IEndpointRouteBuilder MapPanelApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/loops/{loopId}/rounds/{roundId}/panel", AssignAsync).RequireAuthorization(Policies.Planning);
        return app;
    }

    private static async Task<PanelAssignedResult> AssignAsync(string loopId, string roundId, PanelRequest body, IGrainFactory grains)
    {
        var panel = body.ToPanel();
        return new PanelAssignedResult(await RoundAccess.Grain(grains, loopId, roundId).AssignPanel(panel));
    }
}
