using InterviewLoop.Domain.Loops;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Rounds;

/// <summary>One round the signed-in interviewer is on the panel of.</summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="RoundId">Round id.</param>
/// <param name="Kind">Kind of interview.</param>
/// <param name="RubricId">Versioned rubric id.</param>
/// <param name="StartedAt">Scheduled start (UTC), or <c>null</c>.</param>
/// <param name="DurationMinutes">Time box in minutes.</param>
/// <param name="CandidateName">Candidate display name.</param>
/// <param name="RoleTitle">Job title.</param>
/// <param name="PanelRole">The interviewer's part: lead or shadow.</param>
/// <param name="Submitted">True once the interviewer submitted their scorecard.</param>
public sealed record MyRound(
    string LoopId, string RoundId, RoundKind Kind, string RubricId, DateTimeOffset? StartedAt, int DurationMinutes,
    string CandidateName, string RoleTitle, PanelRole? PanelRole, bool Submitted);

/// <summary><c>GET /api/me/rounds</c> (interviewers): the rounds they are on the panel of, scheduled ones first.</summary>
public static class MyRoundsApi
{
    /// <summary>Maps the endpoint. Colleagues' progress is left out: an interviewer sees only their own state.</summary>
    public static IEndpointRouteBuilder MapMyRoundsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/rounds", ListAsync).RequireAuthorization(Policies.Scoring);
        return app;
    }

    private static async Task<IReadOnlyList<MyRound>> ListAsync(LoopQueries queries, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var rounds = await queries.ListRoundsForInterviewerAsync(user.Id, http.RequestAborted);
        return rounds.Select(r => new MyRound(
            r.LoopId, r.RoundId, r.Kind, r.RubricId, r.StartedAt, r.DurationMinutes,
            r.CandidateName, r.RoleTitle, r.PanelRole, r.Submitted)).ToArray();
    }
}
