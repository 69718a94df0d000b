using Microsoft.AspNetCore.Http.HttpResults;
using InterviewLoop.Persistence.Calibration;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Calibration;

/// <summary>
/// The stored calibration report of a loop (<see cref="StoredCalibrationView"/>):
/// <c>GET /api/loops/{loopId}/calibration/latest</c> (oversight roles and the loop's panelists; 404 <c>calibration.none</c>
/// before one is computed) and <c>POST /api/loops/{loopId}/calibration</c> (recruiters, committee, admins) to compute it
/// now with the current rater history, store it and push the notice. Both refuse (403) anyone who still owes a
/// scorecard in the loop. <c>GET /api/loops/{loopId}/calibration</c> (the live report over the scorecards the viewer
/// may see) is unchanged.
/// </summary>
public static class CalibrationApi
{
    /// <summary>Maps the two endpoints.</summary>
    public static IEndpointRouteBuilder MapCalibrationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/loops/{loopId}/calibration/latest", LatestAsync).RequireAuthorization();
        app.MapPost("/api/loops/{loopId}/calibration", RecomputeAsync).RequireAuthorization(Policies.Oversight);
        return app;
    }

    private static async Task<Results<Ok<StoredCalibrationView>, ProblemHttpResult>> LatestAsync(
        string loopId, HttpContext http, LoopStandings standings, CalibrationReportStore store, CurrentRaters raters)
    {
        await CalibrationAccess.RequireAllVisibleAsync(CurrentUser.From(http.User), loopId, standings, http.RequestAborted);
        var stored = await store.FindAsync(loopId, http.RequestAborted);
        if (stored is null)
            return TypedResults.Problem(
                $"loopId: no calibration report is stored for '{loopId}' yet; it is computed when every scorecard is submitted, or POST /api/loops/{loopId}/calibration",
                statusCode: StatusCodes.Status404NotFound, title: "No stored calibration",
                extensions: new Dictionary<string, object?> { ["code"] = "calibration.none", ["field"] = "loopId" });
        return TypedResults.Ok(await ViewAsync(stored, store, raters, http.RequestAborted));
    }

    private static async Task<StoredCalibrationView> RecomputeAsync(
        string loopId, HttpContext http, LoopStandings standings, LoopCalibrations calibrations, CalibrationReportStore store, CurrentRaters raters)
    {
        await CalibrationAccess.RequireAllVisibleAsync(CurrentUser.From(http.User), loopId, standings, http.RequestAborted);
        var stored = await calibrations.ComputeAsync(loopId, CalibrationTriggers.OnDemand, http.RequestAborted);
        return await ViewAsync(stored, store, raters, http.RequestAborted);
    }

    private static async Task<StoredCalibrationView> ViewAsync(StoredCalibration stored, CalibrationReportStore store, CurrentRaters raters, CancellationToken ct) =>
        StoredCalibrationView.Of(stored, await store.LoopPositionAsync(stored.LoopId, ct), raters.Current.Position);
}
