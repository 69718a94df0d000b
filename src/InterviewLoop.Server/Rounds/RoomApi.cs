using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Scoring.Room;

namespace InterviewLoop.Server.Rounds;

/// <summary>
/// The round's room, set by its host (the round's lead, recruiters, admins; others get 403):
/// <c>PUT .../agenda</c>, <c>POST .../clock/start</c>, <c>POST .../clock/end</c> and <c>PUT .../training</c>
/// under <c>/api/loops/{loopId}/rounds/{roundId}</c>. Each answers with the room, and everyone in
/// it gets the change pushed. Repeating a request changes nothing.
/// </summary>
public static class RoomApi
{
    private const string RoundPath = "/api/loops/{loopId}/rounds/{roundId}";

    /// <summary>Maps the room endpoints.</summary>
    public static IEndpointRouteBuilder MapRoomApi(this IEndpointRouteBuilder app)
    {
        var round = app.MapGroup(RoundPath).RequireAuthorization();
        round.MapPut("/agenda", (string loopId, string roundId, AgendaRequest body, IGrainFactory grains, RoomViews rooms, HttpContext http) =>
            HostAsync(loopId, roundId, grains, rooms, http, (grain, by) => grain.SetAgenda(body.ToItems(), by)));
        round.MapPost("/clock/start", (string loopId, string roundId, IGrainFactory grains, RoomViews rooms, HttpContext http) =>
            HostAsync(loopId, roundId, grains, rooms, http, (grain, by) => grain.Start(by)));
        round.MapPost("/clock/end", (string loopId, string roundId, IGrainFactory grains, RoomViews rooms, HttpContext http) =>
            HostAsync(loopId, roundId, grains, rooms, http, (grain, by) => grain.End(by)));
        round.MapPut("/training", (string loopId, string roundId, TrainingRequest body, IGrainFactory grains, RoomViews rooms, HttpContext http) =>
            HostAsync(loopId, roundId, grains, rooms, http, (grain, by) => grain.SetTrainingMode(body.RequireEnabled(), by)));
        return app;
    }

    private static async Task<RoomView> HostAsync(
        string loopId, string roundId, IGrainFactory grains, RoomViews rooms, HttpContext http, Func<IRoundGrain, string, Task<RoundView>> act)
    {
        var user = CurrentUser.From(http.User);
        var grain = RoundAccess.Grain(grains, loopId, roundId);
        RoundAccess.RequireHost(user, await grain.GetView());
        return rooms.Of(await act(grain, user.Id));
    }
}
