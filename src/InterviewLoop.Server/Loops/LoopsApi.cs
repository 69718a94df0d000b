using InterviewLoop.Domain;
using InterviewLoop.Persistence.ReadModels;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Loops.Debrief;
using InterviewLoop.Server.Problems;

namespace InterviewLoop.Server.Loops;

/// <summary>
/// Reading loops: <c>GET /api/loops</c> (recruiters, committee, admins: all; interviewers: loops they
/// are on a panel of) and <c>GET /api/loops/{loopId}</c>. Writing: see <see cref="LoopWritesApi"/>.
/// </summary>
public static class LoopsApi
{
    /// <summary>Maps the loop endpoints, including writes and calibration.</summary>
    public static IEndpointRouteBuilder MapLoopsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/loops", ListAsync).RequireAuthorization();
        app.MapGet("/api/loops/{loopId}", GetAsync).RequireAuthorization();
        app.MapLoopWritesApi();
        app.MapDebriefApi();
        return app;
    }

    private static async Task<IReadOnlyList<LoopSummary>> ListAsync(LoopQueries queries, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var loops = await queries.ListLoopsAsync(http.RequestAborted);
        if (user.HasOversight) return loops;
        if (!user.IsInterviewer) throw new AccessDeniedException("Your role does not list loops.");
        var mine = (await queries.ListRoundsForInterviewerAsync(user.Id, http.RequestAborted)).Select(r => r.LoopId).ToHashSet();
        return loops.Where(l => mine.Contains(l.LoopId)).ToArray();
    }

    private static async Task<LoopDetail> GetAsync(string loopId, LoopQueries queries, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var loop = await queries.FindLoopAsync(Ids.Require(loopId, "loopId"), http.RequestAborted)
            ?? throw new NotFoundException("loop", loopId);
        var rounds = await queries.ListRoundsAsync(loopId, ct: http.RequestAborted);
        var onAPanel = user.IsInterviewer && rounds.Any(r => r.Panel.Any(m => m.InterviewerId == user.Id));
        if (!user.HasOversight && !onAPanel) throw new AccessDeniedException("You are not on a panel of this loop.");
        return new LoopDetail(loop, rounds.Select(r => LoopRound.From(r, user.HasOversight)).ToArray());
    }
}
