using InterviewLoop.Server.Hosting;
using Microsoft.Extensions.Options;

namespace InterviewLoop.Server.Startup;

/// <summary>
/// Runs before the server takes requests: seeds the demo users when <c>InterviewLoop:SeedDemoUsers</c>
/// is true and imports <c>InterviewLoop:SampleLoop</c> when set. Both are idempotent.
/// </summary>
internal sealed class StartupTasks(IOptions<InterviewLoopOptions> options, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SeedDemoUsers)
            await services.GetRequiredService<DemoUserSeeder>().SeedAsync(cancellationToken);
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
        services.AddSingleton<SampleLoopImporter>();
        services.AddHostedService<StartupTasks>();
        return services;
    }
}
