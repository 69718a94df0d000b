namespace InterviewLoop.Server.Hosting;

/// <summary>
/// Refuses writes and socket upgrades that a browser made on behalf of another site. The sign-in cookie
/// is <c>SameSite=Strict</c>, which keeps other sites out but not a sibling subdomain of the same site,
/// and several writes take no body (starting the round clock, recomputing a calibration), so no content
/// type rules them out. The browser's own headers say where a request came from (OWASP's "verifying origin
/// with standard headers"): <c>Sec-Fetch-Site</c> when it sends one, else <c>Origin</c>. A request with
/// neither, from a command-line client or a test, is left to the usual sign-in and role checks.
/// </summary>
public static class CrossSiteGuard
{
    /// <summary>Adds the guard: 403 with a problem body for a POST, PUT, PATCH or DELETE, or a WebSocket upgrade, from another site.</summary>
    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsGuarded(context.Request) && FromAnotherSite(context.Request) is { } why)
            {
                await Results.Problem(why, statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused").ExecuteAsync(context);
                return;
            }
            await next(context);
        });

    private static bool IsGuarded(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        || request.HttpContext.WebSockets.IsWebSocketRequest;

    /// <summary>Why the request is from another site, or null when it is not (or cannot be told).</summary>
    internal static string? FromAnotherSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
            return site is "same-origin" or "none" ? null : $"this request came from another site (Sec-Fetch-Site: {site})";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return null;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"this request came from another site (Origin: {origin})";
    }
}
