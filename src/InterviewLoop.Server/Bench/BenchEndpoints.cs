namespace InterviewLoop.Server.Bench;

/// <summary>Endpoints that exist only for ops/bench/live: off unless <c>InterviewLoop:Bench=true</c>.</summary>
public static class BenchEndpoints
{
    /// <summary>The configuration key that turns the bench endpoints on (default false; never set it in production).</summary>
    public const string FlagKey = "InterviewLoop:Bench";

    /// <summary>
    /// Maps <see cref="EchoHub"/> at <c>/hubs/echo</c> and <c>GET /api/bench/runtime</c> (the process's
    /// <see cref="BenchRuntime"/> counters, signed-in users only) when <see cref="FlagKey"/> is true; otherwise maps nothing.
    /// </summary>
    public static WebApplication MapBenchHubs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue<bool>(FlagKey)) return app;
        app.MapHub<EchoHub>("/hubs/echo");
        app.MapGet("/api/bench/runtime", BenchRuntime.Now).RequireAuthorization();
        return app;
    }
}
