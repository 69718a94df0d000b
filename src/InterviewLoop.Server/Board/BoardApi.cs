using InterviewLoop.Domain;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Board;

/// <summary>
/// <c>GET /api/board?loopId=…</c> or <c>GET /api/board?from=…&amp;to=…</c> (recruiters and admins): the
/// live board, with the stored calibration summary of each loop on it. Pages join the hub's board group
/// (<c>JoinBoard</c>) and read again on <c>BoardChanged</c> and <c>CalibrationUpdated</c>.
/// </summary>
public static class BoardApi
{
    /// <summary>Longest period one board shows.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(7);

    /// <summary>Adds the board's reader.</summary>
    public static IServiceCollection AddBoardServices(this IServiceCollection services) =>
        services.AddSingleton<BoardReader>().AddSingleton<BoardCalibrations>();

    /// <summary>Maps the board endpoint.</summary>
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/board", ReadAsync).RequireAuthorization(Policies.Planning);
        return app;
    }

    private static async Task<BoardView> ReadAsync(
        string? loopId, DateTimeOffset? from, DateTimeOffset? to, BoardReader board, BoardCalibrations calibrations, HttpContext http)
    {
        var view = await RoundsAsync(loopId, from, to, board, http);
        var shown = await calibrations.ForAsync(CurrentUser.From(http.User), view.Rounds.Select(r => r.LoopId), http.RequestAborted);
        return view with { Calibrations = shown };
    }

    private static Task<BoardView> RoundsAsync(string? loopId, DateTimeOffset? from, DateTimeOffset? to, BoardReader board, HttpContext http)
    {
        if (loopId is not null) return board.ForLoopAsync(Ids.Require(loopId, "loopId"), http.RequestAborted);
        if (from is null || to is null)
            throw new DomainException("board.period", "from: give a loopId, or a period as from and to (ISO 8601 instants)", "from");
        if (to <= from || to - from > MaxPeriod)
            throw new DomainException("board.period", $"to: the period must end after it starts and last at most {MaxPeriod.TotalDays} days", "to");
        return board.ForPeriodAsync(from.Value, to.Value, http.RequestAborted);
    }
}
