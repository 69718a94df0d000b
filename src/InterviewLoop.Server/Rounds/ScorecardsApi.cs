using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Scoring.Coherence;
using InterviewLoop.Server.Scoring.Submission;

namespace InterviewLoop.Server.Rounds;

/// <summary>
/// The signed-in interviewer's own scorecard of a round, under <c>/api/loops/{loopId}/rounds/{roundId}/scorecards/me</c>:
/// <c>GET</c>, <c>PATCH</c> (one change), <c>GET /coherence</c> (the submit-time check), <c>POST /submit</c>
/// (with a reason when the check finds issues) and <c>POST /amendments</c> (after submit, with a reason).
/// There is deliberately no route to anyone else's scorecard: see <see cref="RoundDetail.Colleagues"/>.
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
        me.MapGet("/coherence", CheckAsync);
        me.MapPost("/submit", SubmitAsync);
        me.MapPost("/amendments", AmendAsync);
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

    private static Task<IReadOnlyList<CoherenceIssue>> CheckAsync(string loopId, string roundId, ScorecardSubmissions submissions, HttpContext http) =>
        submissions.CheckAsync(CurrentUser.From(http.User), loopId, roundId);

    private static Task<ScoringAck> SubmitAsync(string loopId, string roundId, SubmitRequest body, ScorecardSubmissions submissions, HttpContext http) =>
        submissions.SubmitAsync(CurrentUser.From(http.User), loopId, roundId, SubmitRequest.RequireOperationId(body.OperationId), body.Reason);

    private static Task<ScoringAck> AmendAsync(string loopId, string roundId, AmendRequest body, ScorecardSubmissions submissions, HttpContext http) =>
        submissions.AmendAsync(CurrentUser.From(http.User), loopId, roundId, body.ToChange(), body.Reason ?? "");
}
