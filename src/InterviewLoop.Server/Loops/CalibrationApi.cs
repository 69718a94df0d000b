using InterviewLoop.Domain;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Interchange;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Loops;

/// <summary>
/// <c>GET /api/loops/{loopId}/calibration</c> (recruiters, committee, admins): the loop's calibration
/// report (<c>interviewloop.calibration/v1</c>, the exchange contract's JSON) over submitted scorecards.
/// </summary>
public static class CalibrationApi
{
    /// <summary>Maps the calibration endpoint.</summary>
    public static IEndpointRouteBuilder MapCalibrationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/loops/{loopId}/calibration", CalibrateAsync).RequireAuthorization(Policies.Oversight);
        return app;
    }

    private static async Task<IResult> CalibrateAsync(string loopId, IGrainFactory grains)
    {
        var report = await grains.GetGrain<ICandidatePacketGrain>(Ids.Require(loopId, "loopId")).Calibrate();
        return TypedResults.Text(CalibrationReportWriter.Write(report), "application/json");
    }
}
