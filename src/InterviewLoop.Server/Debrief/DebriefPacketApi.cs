using InterviewLoop.Domain;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Calibration;
using InterviewLoop.Server.Scoring.Visibility;

namespace InterviewLoop.Server.Debrief;

/// <summary>
/// The debrief for the hiring committee (committee and admins only), from the one packet template:
/// <c>GET /debrief/{loopId}</c> the web page, <c>GET /api/loops/{loopId}/packet.pdf?paper=a4|letter</c> the
/// same packet as a sealed PDF, and <c>POST /api/loops/{loopId}/decision</c> (see <see cref="DecisionApi"/>).
/// Only submitted scorecards are ever shown; an incomplete loop carries a banner naming who has not submitted.
/// </summary>
public static class DebriefPacketApi
{
    private const string ContentPolicy = $"default-src 'none'; style-src 'unsafe-inline'; img-src data:; {LiveCalibrationScript.ContentPolicy}";

    /// <summary>Maps the debrief page, the packet PDF and the decision endpoint.</summary>
    public static IEndpointRouteBuilder MapDebriefPacketApi(this IEndpointRouteBuilder app)
    {
        // Signed in is enough to reach the handlers: the page answers a wrong role with its own 403 page
        // rather than the cookie handler's redirect to a login the user already passed.
        app.MapGet("/debrief/{loopId}", PageAsync).RequireAuthorization();
        app.MapGet("/api/loops/{loopId}/packet.pdf", PdfAsync).RequireAuthorization(DebriefAccess.Policy);
        app.MapDecisionApi();
        return app;
    }

    private static async Task<IResult> PageAsync(string loopId, HttpContext http, PacketComposer composer, LoopStandings standings)
    {
        var user = CurrentUser.From(http.User);
        if (!DebriefAccess.MayRead(user)) return DebriefAccess.ForbiddenPage();
        var packet = await composer.ComposeAsync(Ids.Require(loopId, "loopId"), PaperSize.A4, http.RequestAborted);
        var loop = await standings.OfLoopAsync(loopId, http.RequestAborted);
        if (DebriefAccess.OwesAScorecard(user, packet, loop)) return DebriefAccess.ForbiddenPage(DebriefAccess.OwesMessage);
        http.Response.Headers.ContentSecurityPolicy = ContentPolicy;
        var page = DecisionForm.Into(packet.Document.Render(), packet);
        return TypedResults.Content(LiveCalibrationScript.Into(page, packet.Model.LoopId), "text/html; charset=utf-8");
    }

    private static async Task<IResult> PdfAsync(
        string loopId, string? paper, HttpContext http, PacketComposer composer, PdfRenderer renderer, LoopStandings standings)
    {
        if (!WireNames.TryParse<PaperSize>(paper ?? "a4", out var size))
            throw new DomainException("paper.invalid", $"paper: '{paper}' is not a4 or letter", "paper");
        var packet = await composer.ComposeAsync(Ids.Require(loopId, "loopId"), size, http.RequestAborted);
        var loop = await standings.OfLoopAsync(loopId, http.RequestAborted);
        if (DebriefAccess.OwesAScorecard(CurrentUser.From(http.User), packet, loop)) throw new Problems.AccessDeniedException(DebriefAccess.OwesMessage);
        var pdf = await renderer.RenderAsync(packet.Document.Render(), packet.Document.PrintLayout(), http.RequestAborted);
        return TypedResults.File(pdf, "application/pdf", $"debrief-{loopId}-{packet.Seal.ShortHash}.pdf");
    }
}
