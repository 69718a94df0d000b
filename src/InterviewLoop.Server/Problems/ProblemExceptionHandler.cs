using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InterviewLoop.Server.Problems;

/// <summary>Writes expected refusals as problem details that name the field at fault.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (ProblemMapper.Map(exception) is not { } problem) return false;
        httpContext.Response.StatusCode = problem.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ToDetails(problem),
        });
    }

    internal static ProblemDetails ToDetails(Problem problem)
    {
        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Detail };
        details.Extensions["code"] = problem.Code;
        if (problem.Field is null) return details;
        details.Extensions["field"] = problem.Field;
        details.Extensions["errors"] = new Dictionary<string, string[]> { [problem.Field] = [problem.Detail] };
        return details;
    }
}
