using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Rounds;

/// <summary>
/// The signed-in interviewer's own scorecard of a round: <c>GET</c> and <c>PATCH</c>
/// <c>/api/loops/{loopId}/rounds/{roundId}/scorecards/me</c> and <c>POST .../scorecards/me/submit</c>.
/// There is deliberately no route to anyone else's scorecard: scoring is independent.
/// </summary>
public static class ScorecardsApi
{
    private const string Me = "/api/loops/{loopId}/rounds/{roundId}/scorecards/me";

    /// <summary>Maps the endpoints; all need the interviewer role and panel membership.</summary>
    public static IEndpointRouteBuilder MapScorecardsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup(Me).RequireAuthorization(Policies.Scoring);
        me.MapGet("", GetAsync);
        me.MapPatch("", ChangeAsync);
        me.MapPost("/submit", SubmitAsync);
        return app;
    }

    private static async Task<OwnScorecard> GetAsync(string loopId, string roundId, IGrainFactory grains, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var view = await RoundAccess.Grain(grains, loopId, roundId).GetView();
        RoundAccess.RequirePanelMember(user, view);
        return new OwnScorecard(view.Sequence, RoundViews.OwnScorecardOf(user, view));
    }

    // The grain refuses non-panelists itself; the answer comes only after the change is durable.
    private static Task<ScoringAck> ChangeAsync(string loopId, string roundId, ChangeRequest body, IGrainFactory grains, HttpContext http) =>
        RoundAccess.Grain(grains, loopId, roundId).Change(CurrentUser.From(http.User).Id, body.ToChange());

    private static Task<ScoringAck> SubmitAsync(string loopId, string roundId, SubmitRequest body, IGrainFactory grains, HttpContext http) =>
        RoundAccess.Grain(grains, loopId, roundId).Submit(CurrentUser.From(http.User).Id, SubmitRequest.RequireOperationId(body.OperationId));
}
