namespace InterviewLoop.Server.Problems;

/// <summary>Registers RFC 7807 problem details for errors and empty error responses.</summary>
public static class ProblemServices
{
    /// <summary>Adds problem details and the handler that maps domain refusals to them.</summary>
    public static IServiceCollection AddProblemServices(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }
}
