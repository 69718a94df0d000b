using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Bench;
using InterviewLoop.Server.Board;
using InterviewLoop.Server.Calibration;
using InterviewLoop.Server.Debrief;
using InterviewLoop.Server.Hosting;
using InterviewLoop.Server.Loops;
using InterviewLoop.Server.Pages;
using InterviewLoop.Server.Problems;
using InterviewLoop.Server.Rounds;
using InterviewLoop.Server.Scoring;
using InterviewLoop.Server.Startup;
using InterviewLoop.Server.Users;
using InterviewLoop.Server.Wire;

namespace InterviewLoop.Server;

/// <summary>Builds the InterviewLoop web app: REST API, cookie sign-in, the scoring hub and the scoring pages.</summary>
public static class InterviewLoopApp
{
    /// <summary>
    /// Builds (does not start) the app from command-line <paramref name="args"/>, e.g.
    /// <c>--urls http://127.0.0.1:0 --Database:Path=/tmp/x.db</c>. Settings: <c>Database:Path</c>,
    /// <c>InterviewLoop:SampleLoop</c>, <c>InterviewLoop:SeedDemoUsers</c>, <c>InterviewLoop:IdleGrainTimeout</c>,
    /// <c>InterviewLoop:FeedbackDueAfter</c>.
    /// </summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="overrides">Registrations applied last, e.g. a fake <see cref="TimeProvider"/> in tests.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = DefaultContentRoot(args) });
        builder.Services
            .AddWireFormat()
            .AddProblemServices()
            .AddStorageServices(builder.Configuration)
            .AddGrainServices(builder.Configuration)
            .AddAuthServices(builder.Configuration)
            .AddScoringServices()
            .AddBoardServices()
            .AddDebriefServices()
            .AddStartupServices(builder.Configuration)
            // After start-up's import, so that the first rater-history fit includes the sample loop.
            .AddCalibrationServices();
        overrides?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseNoStoreByDefault();
        app.UseCrossSiteGuard();
        app.UseAuthentication();
        app.UseAuthorization();
        MapEndpoints(app);
        return app;
    }

    // Without --contentRoot the output folder is used, where wwwroot and appsettings are copied,
    // so the app (and the tests) behave the same whatever directory they start from.
    private static string? DefaultContentRoot(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory;

    private static void MapEndpoints(WebApplication app)
    {
        app.MapAuthApi();
        app.MapUsersApi();
        app.MapPages();
        app.MapLoopsApi();
        app.MapRoundsApi();
        app.MapScorecardsApi();
        app.MapRubricsApi();
        app.MapMyRoundsApi();
        app.MapBoardApi();
        app.MapScoringHub();
        app.MapBenchHubs();
        app.MapDebriefPacketApi();
        app.MapCalibrationApi();
    }
}
