using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Rounds;

/// <summary>Endpoints: <c>GET /api/loops/{loopId}/rounds/{roundId}</c> and <c>GET /api/rubrics/{id}</c>.</summary>
public static class RoundsApi
{
    /// <summary>Maps the round endpoint (panel members and oversight roles) and the room endpoints.</summary>
    public static IEndpointRouteBuilder MapRoundsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/loops/{loopId}/rounds/{roundId}", GetRoundAsync).RequireAuthorization();
        app.MapRoomApi();
        return app;
    }

    /// <summary>Maps the rubric endpoint; rubric ids hold a slash (<c>senior-evidence/v1</c>), hence the catch-all.</summary>
    public static IEndpointRouteBuilder MapRubricsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/rubrics/{**id}", (string id) => RubricCatalog.Get(id)).RequireAuthorization();
        return app;
    }

    private static async Task<RoundDetail> GetRoundAsync(
        string loopId, string roundId, IGrainFactory grains, LoopStandings standings, RoomViews rooms, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var view = await RoundAccess.ViewForAsync(grains, user, loopId, roundId);
        return RoundViews.DetailFor(user, view, await standings.ForAsync(view, http.RequestAborted), rooms.Of(view));
    }
}
