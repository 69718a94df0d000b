namespace InterviewLoop.Server.Bench;

/// <summary>Endpoints that exist only for ops/bench/live: off unless <c>InterviewLoop:Bench=true</c>.</summary>
public static class BenchEndpoints
{
    /// <summary>The configuration key that turns the bench endpoints on (default false; never set it in production).</summary>
    public const string FlagKey = "InterviewLoop:Bench";

    /// <summary>Maps <see cref="EchoHub"/> at <c>/hubs/echo</c> when <see cref="FlagKey"/> is true; otherwise maps nothing.</summary>
    public static WebApplication MapBenchHubs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue<bool>(FlagKey)) app.MapHub<EchoHub>("/hubs/echo");
        return app;
    }
}
