using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Interchange;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Loops;

/// <summary>
/// Writing loops (recruiters and admins): <c>POST /api/loops</c> plans a new loop from a loop
/// document without scorecards; <c>POST /api/loops/import</c> takes a whole loop document
/// (<c>interviewloop.loop/v1</c>) with its scorecards. Bad input is a 400 naming the JSON path, and
/// nothing is written: the document is read in full first, and the grain appends all or nothing.
/// </summary>
public static class LoopWritesApi
{
    /// <summary>Maps the write endpoints.</summary>
    public static IEndpointRouteBuilder MapLoopWritesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/loops", (HttpRequest request, IGrainFactory grains) => CreateAsync(request, grains, allowScorecards: false))
            .RequireAuthorization(Policies.Planning);
        app.MapPost("/api/loops/import", (HttpRequest request, IGrainFactory grains) => CreateAsync(request, grains, allowScorecards: true))
            .RequireAuthorization(Policies.Planning);
        app.MapPanelApi();
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IGrainFactory grains, bool allowScorecards)
    {
        using var reader = new StreamReader(request.Body);
        var loop = LoopDocumentReader.Read(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
        if (!allowScorecards) RequireNoScorecards(loop);
        await grains.GetGrain<ILoopGrain>(loop.LoopId).Create(loop);
        var created = new LoopCreated(loop.LoopId, loop.Rounds.Count, loop.Rounds.Sum(r => r.Scorecards.Count));
        return TypedResults.Created($"/api/loops/{loop.LoopId}", created);
    }

    private static void RequireNoScorecards(LoopSnapshot loop)
    {
        var index = loop.Rounds.ToList().FindIndex(r => r.Scorecards.Count > 0);
        if (index < 0) return;
        var path = $"loop.rounds[{index}].scorecards";
        throw new DomainException("loop.has_scorecards", $"{path}: a new loop has no scorecards yet; use /api/loops/import for a finished loop", path);
    }
}
