namespace InterviewLoop.Server.Pages;

/// <summary>
/// The HTML pages: <c>/login</c> (anyone), <c>/</c> (home), <c>/score/{loopId}/{roundId}</c>
/// (signed in; others are redirected to /login) <c>/board</c> (its data is for recruiters and admins) and <c>/users</c> (its data is for admins). Pages hold no data: they call the API and hub.
/// </summary>
public static class PageEndpoints
{
    /// <summary>Maps the page routes to the static files in wwwroot.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (IWebHostEnvironment env) => Page(env, "login.html")).AllowAnonymous();
        app.MapGet("/", (IWebHostEnvironment env) => Page(env, "index.html")).RequireAuthorization();
        app.MapGet("/score/{loopId}/{roundId}", (IWebHostEnvironment env) => Page(env, "score.html")).RequireAuthorization();
        app.MapGet("/board", (IWebHostEnvironment env) => Page(env, "board.html")).RequireAuthorization();
        app.MapGet("/users", (IWebHostEnvironment env) => Page(env, "users.html")).RequireAuthorization();
        return app;
    }

    private static IResult Page(IWebHostEnvironment env, string file)
    {
        var info = env.WebRootFileProvider.GetFileInfo(file);
        return info.Exists
            ? TypedResults.Stream(info.CreateReadStream(), "text/html; charset=utf-8")
            : TypedResults.NotFound();
    }
}
