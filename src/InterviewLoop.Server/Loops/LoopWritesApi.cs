using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Interchange;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Calibration;

namespace InterviewLoop.Server.Loops;

/// <summary>
/// Writing loops (recruiters and admins): <c>POST /api/loops</c> plans a new loop from a loop
/// document without scorecards; <c>POST /api/loops/import</c> takes a whole loop document
/// (<c>interviewloop.loop/v1</c>) with its scorecards, which only an admin may bring in (403 otherwise).
/// Bad input is a 400 naming the JSON path, and nothing is written: the document is read in full
/// first, and the grain appends all or nothing.
/// </summary>
public static class LoopWritesApi
{
    /// <summary>Maps the write endpoints.</summary>
    public static IEndpointRouteBuilder MapLoopWritesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/loops", (HttpRequest request, IGrainFactory grains) => CreateAsync(request, grains, null))
            .RequireAuthorization(Policies.Planning);
        app.MapPost("/api/loops/import", (HttpRequest request, IGrainFactory grains, CalibrationQueue calibrations) => CreateAsync(request, grains, calibrations))
            .RequireAuthorization(Policies.Planning);
        app.MapPanelApi();
        return app;
    }

    // An import may arrive with every scorecard submitted: the calibration worker then calibrates it (a new plan never is).
    private static async Task<IResult> CreateAsync(HttpRequest request, IGrainFactory grains, CalibrationQueue? calibrations)
    {
        var allowScorecards = calibrations is not null;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        var loop = LoopDocumentReader.Read(body.GetBuffer().AsMemory(0, (int)body.Length));
        if (!allowScorecards) RequireNoScorecards(loop);
        else if (HasScorecards(loop)) RequireAdmin(request.HttpContext);
        await grains.GetGrain<ILoopGrain>(loop.LoopId).Create(loop);
        calibrations?.Offer(loop.LoopId);
        var created = new LoopCreated(loop.LoopId, loop.Rounds.Count, loop.Rounds.Sum(r => r.Scorecards.Count));
        return TypedResults.Created($"/api/loops/{loop.LoopId}", created);
    }

    // Imported scorecards speak in interviewers' names and feed every loop's rater history (calibrated
    // ratings, severity flags), so bringing them in is an admin's act, like importing from the command line.
    private static void RequireAdmin(HttpContext http)
    {
        if (!CurrentUser.From(http.User).Roles.Contains(Roles.Admin))
            throw new Problems.AccessDeniedException("Importing scorecards needs the admin role: they are recorded in interviewers' names. A loop's plan alone can be imported or created by a recruiter.");
    }

    private static bool HasScorecards(LoopSnapshot loop) => loop.Rounds.Any(r => r.Scorecards.Count > 0);

    private static void RequireNoScorecards(LoopSnapshot loop)
    {
        var index = loop.Rounds.ToList().FindIndex(r => r.Scorecards.Count > 0);
        if (index < 0) return;
        var path = $"loop.rounds[{index}].scorecards";
        throw new DomainException("loop.has_scorecards", $"{path}: a new loop has no scorecards yet; use /api/loops/import for a finished loop", path);
    }
}
