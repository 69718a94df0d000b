using InterviewLoop.Calibration;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Server.Scoring;

namespace InterviewLoop.Server.Hosting;

/// <summary>
/// Wires the grain host: grains over the event store, pushing round changes to the scoring hub, calibrating with
/// the <see cref="ILoopCalibrator"/> of <see cref="Calibration.CalibrationServices"/>.
/// </summary>
public static class GrainServices
{
    /// <summary>Adds one <see cref="GrainHost"/> (disposed with the app) as <see cref="IGrainFactory"/>.</summary>
    public static IServiceCollection AddGrainServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IRoundObserver, HubRoundObserver>();
        services.AddSingleton(sp => InterviewLoopGrains.CreateHost(
            sp.GetRequiredService<IEventStore>(),
            sp.GetRequiredService<ILoopCalibrator>(),
            sp.GetRequiredService<IRoundObserver>(),
            sp.GetRequiredService<TimeProvider>(),
            new GrainHostOptions { IdleTimeout = IdleTimeout(configuration) }));
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainHost>());
        return services;
    }

    private static TimeSpan IdleTimeout(IConfiguration configuration) =>
        configuration.GetSection(InterviewLoopOptions.Section).Get<InterviewLoopOptions>()?.IdleGrainTimeout
        ?? new InterviewLoopOptions().IdleGrainTimeout;
}
