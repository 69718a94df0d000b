using System.Text.Json;
using InterviewLoop.Server.Problems;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>
/// Turns expected refusals into a <see cref="HubException"/> carrying the problem as JSON; SignalR
/// hides every other exception's text from clients, which is what we want for real faults.
/// </summary>
internal sealed class ScoringErrorFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (ProblemMapper.Map(e) is { } problem)
        {
            throw ToHubException(problem, e);
        }
    }

    /// <summary>The exception whose message pages read as the problem (<c>status</c>, <c>code</c>, <c>field</c>, <c>detail</c>).</summary>
    public static HubException ToHubException(Problem problem, Exception? inner = null)
    {
        var body = new { problem.Status, problem.Code, problem.Field, problem.Detail };
        return new HubException(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), inner);
    }
}
