using InterviewLoop.Grains.Storage;
using InterviewLoop.Persistence;

namespace InterviewLoop.Server.Hosting;

/// <summary>Wires the SQLite database (event store, read models, users) from section <c>Database</c>.</summary>
public static class StorageServices
{
    /// <summary>Opens the database at <c>Database:Path</c> (default <c>./data/interviewloop.db</c>) once, as a singleton.</summary>
    public static IServiceCollection AddStorageServices(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        services.AddSingleton(_ => InterviewLoopDatabase.Open(options));
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<InterviewLoopDatabase>().EventStore);
        services.AddSingleton(sp => sp.GetRequiredService<InterviewLoopDatabase>().Loops);
        services.AddSingleton(sp => sp.GetRequiredService<InterviewLoopDatabase>().Users);
        services.AddSingleton(sp => sp.GetRequiredService<InterviewLoopDatabase>().EventLog);
        services.AddSingleton(sp => sp.GetRequiredService<InterviewLoopDatabase>().Calibrations);
        return services;
    }
}
