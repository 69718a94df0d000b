namespace InterviewLoop.Server.Hosting;

/// <summary>
/// Every answer after the static files carries ratings, notes, packets or who is on a panel, which a
/// shared computer's browser cache must not keep for the next person at it: <c>Cache-Control: no-store</c>
/// unless an endpoint says otherwise. Static files (scripts, styles) are served before it and stay cacheable.
/// </summary>
public static class NoStore
{
    /// <summary>Adds the default; place it after <c>UseStaticFiles</c>.</summary>
    public static IApplicationBuilder UseNoStoreByDefault(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });
}
