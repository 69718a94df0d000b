using InterviewLoop.Domain;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Debrief;

/// <summary>The body of <c>POST /api/loops/{loopId}/decision</c>.</summary>
/// <param name="Decision"><c>hire</c>, <c>no_hire</c> or <c>hold</c>.</param>
/// <param name="Level">For a hire, the level to hire at (<c>L1</c>..<c>L8</c>); absent otherwise.</param>
/// <param name="Rationale">Why (1..20000 characters).</param>
public sealed record DecisionRequest(string? Decision, string? Level, string? Rationale)
{
    /// <summary>The domain command for <paramref name="user"/>; throws <see cref="DomainException"/> naming <c>decision</c> or <c>level</c>.</summary>
    public DecideLoop ToCommand(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!WireNames.TryParse<DecisionOutcome>(Decision, out var outcome))
            throw new DomainException("decision.invalid", $"decision: '{Decision}' is not one of {string.Join(", ", WireNames.All<DecisionOutcome>())}", "decision");
        Level? level = Level is null ? null : Domain.Levels.Level.Parse(Level, "level");
        return new DecideLoop(outcome, level, Rationale, user.Id, user.DisplayName);
    }
}

/// <summary>
/// <c>POST /api/loops/{loopId}/decision</c> (committee and admins): records the hiring committee's decision
/// and rationale, once. 201 with the decision as stored; 400 naming the field; 403 for someone who still
/// owes a scorecard in the loop (they may not read its debrief either, decision 0005); 404 for an unknown
/// loop; 409 when the loop is already decided.
/// </summary>
public static class DecisionApi
{
    /// <summary>Maps the decision endpoint.</summary>
    public static IEndpointRouteBuilder MapDecisionApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/loops/{loopId}/decision", DecideAsync).RequireAuthorization(DebriefAccess.Policy);
        return app;
    }

    private static async Task<IResult> DecideAsync(string loopId, DecisionRequest body, HttpContext http, IGrainFactory grains, LoopStandings standings)
    {
        var user = CurrentUser.From(http.User);
        var id = Ids.Require(loopId, "loopId");
        // Checked before anything else, so that even the "already decided" answer does not reach a panelist who owes.
        if ((await standings.OfLoopAsync(id, http.RequestAborted)).Owes(user.Id))
            throw new Problems.AccessDeniedException(DebriefAccess.OwesMessage);
        var command = body.ToCommand(user);
        try
        {
            var decision = await grains.GetGrain<ILoopGrain>(id).Decide(command);
            return TypedResults.Created($"/api/loops/{loopId}/decision", decision);
        }
        catch (DomainException e) when (e.Code == "loop.decided")
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Loop already decided",
                extensions: new Dictionary<string, object?> { ["code"] = e.Code, ["field"] = e.Field });
        }
    }
}
