using System.Text.Json;
using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Interchange;
using InterviewLoop.Packets;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Calibration;
using InterviewLoop.Server.Problems;
using InterviewLoop.Server.Scoring.Room;

namespace InterviewLoop.Server.Loops.Debrief;

/// <summary>
/// Every path that shows a whole loop's scorecards, each cut by <see cref="Domain.Rounds.ScorecardVisibility"/>:
/// <c>GET /api/loops/{loopId}/debrief</c> (JSON) and <c>GET /loops/{loopId}/debrief</c> (the debrief
/// packet as a web page), both for oversight roles and the loop's panelists,
/// <c>GET /api/loops/{loopId}/export</c> (the loop document, <c>interviewloop.loop/v1</c>; oversight roles) and
/// <c>GET /api/loops/{loopId}/calibration</c> (the report over the visible submitted scorecards; oversight roles).
/// </summary>
public static class DebriefApi
{
    /// <summary>Maps the debrief, export and calibration endpoints.</summary>
    public static IEndpointRouteBuilder MapDebriefApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/loops/{loopId}/debrief", DebriefAsync).RequireAuthorization();
        app.MapGet("/loops/{loopId}/debrief", PacketAsync).RequireAuthorization();
        app.MapGet("/api/loops/{loopId}/export", ExportAsync).RequireAuthorization(Policies.Oversight);
        app.MapGet("/api/loops/{loopId}/calibration", CalibrateAsync).RequireAuthorization(Policies.Oversight);
        return app;
    }

    private static async Task<DebriefView> DebriefAsync(string loopId, IGrainFactory grains, CurrentRaters raters, HttpContext http)
    {
        var loop = await ReadForDebriefAsync(grains, loopId, http);
        var calibrator = new LoopCalibrator(HistoryFor(loop, raters));
        var rounds = loop.Snapshot.Rounds.Zip(loop.Views, (r, v) =>
            new DebriefRound(r.Plan, RoomViews.ClockOf(v), v.Room.TrainingMode, r.Scorecards, loop.Audits[r.Plan.RoundId])).ToArray();
        using var report = JsonDocument.Parse(CalibrationReportWriter.Write(calibrator.Calibrate(loop.Snapshot)));
        return new DebriefView(loop.Snapshot.LoopId, loop.Snapshot.Candidate, loop.Snapshot.Role, rounds, report.RootElement.Clone());
    }

    // The committee's packet (the same document the PDF is printed from), over the visible scorecards only.
    private static async Task<IResult> PacketAsync(string loopId, IGrainFactory grains, CurrentRaters raters, TimeProvider clock, HttpContext http)
    {
        var loop = await ReadForDebriefAsync(grains, loopId, http);
        var history = HistoryFor(loop, raters);
        var packet = PacketComposer.FromDocument(loop.Snapshot, new LoopCalibrator(history), clock, raters: history);
        return TypedResults.Content(LiveCalibrationScript.Into(packet.Document.Render(), loop.Snapshot.LoopId), "text/html; charset=utf-8");
    }

    private static async Task<VisibleLoop> ReadForDebriefAsync(IGrainFactory grains, string loopId, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var loop = await VisibleLoops.ReadAsync(grains, user.Viewer, loopId);
        var onAPanel = user.IsInterviewer && loop.Views.Any(v => v.Plan.Panel.Contains(user.Id));
        return user.HasOversight || onAPanel ? loop : throw new AccessDeniedException("You are not on a panel of this loop.");
    }

    private static async Task<IResult> ExportAsync(string loopId, IGrainFactory grains, HttpContext http)
    {
        var loop = await VisibleLoops.ReadAsync(grains, CurrentUser.From(http.User).Viewer, loopId);
        return TypedResults.Text(LoopDocumentWriter.Write(loop.Snapshot), "application/json");
    }

    private static async Task<IResult> CalibrateAsync(string loopId, IGrainFactory grains, CurrentRaters raters, HttpContext http)
    {
        var loop = await VisibleLoops.ReadAsync(grains, CurrentUser.From(http.User).Viewer, loopId);
        var report = new LoopCalibrator(HistoryFor(loop, raters)).Calibrate(loop.Snapshot);
        return TypedResults.Text(CalibrationReportWriter.Write(report), "application/json");
    }

    // The rater history is fitted over every submitted rating, colleagues' hidden ones in this loop too:
    // someone who still owes a scorecard here would read those from how their own ratings are adjusted,
    // so they get none (calibrated equals raw, no severity).
    private static RaterHistory? HistoryFor(VisibleLoop loop, CurrentRaters raters) =>
        loop.ViewerOwes ? null : raters.Current.History;
}
