using InterviewLoop.Server.Hosting;
using Microsoft.Extensions.Options;

namespace InterviewLoop.Server.Startup;

/// <summary>
/// Runs before the server takes requests: seeds the demo users when <c>InterviewLoop:SeedDemoUsers</c>
/// is true, creates the first admin from <c>Auth:FirstAdmin</c> when there is none (<see cref="FirstAdmin"/>),
/// and imports <c>InterviewLoop:SampleLoop</c> when set. All are idempotent.
/// </summary>
internal sealed class StartupTasks(IOptions<InterviewLoopOptions> options, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SeedDemoUsers)
            await services.GetRequiredService<DemoUserSeeder>().SeedAsync(cancellationToken);
        await services.GetRequiredService<FirstAdmin>().EnsureAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(options.Value.SampleLoop))
            await services.GetRequiredService<SampleLoopImporter>().ImportAsync(options.Value.SampleLoop, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Wires the start-up tasks.</summary>
public static class StartupServices
{
    /// <summary>Adds demo-user seeding and sample-loop import, run once at start-up.</summary>
    public static IServiceCollection AddStartupServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InterviewLoopOptions>(configuration.GetSection(InterviewLoopOptions.Section));
        services.AddSingleton<DemoUserSeeder>();
        services.AddSingleton<FirstAdmin>();
        services.AddSingleton<SampleLoopImporter>();
        services.AddHostedService<StartupTasks>();
        return services;
    }
}
