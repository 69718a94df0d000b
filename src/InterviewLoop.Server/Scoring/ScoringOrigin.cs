using InterviewLoop.Grains.Hosting;

namespace InterviewLoop.Server.Scoring;

/// <summary>
/// Which hub connection a write to an interviewer's own scorecard came from, carried through the grain
/// call in the <see cref="RequestContext"/> so that <see cref="HubRoundObserver"/> can leave that page
/// out of the push: the page that made a change gets the same scorecard in its answer and ignores its
/// own pushes (scoring page, <c>session.js</c>), so sending it one costs a message and a parse for nothing.
/// Writes from REST carry no origin and are pushed to every page of the interviewer.
/// </summary>
internal static class ScoringOrigin
{
    private const string Key = "interviewloop.scoring.origin-connection";

    /// <summary>The connection id of the page whose write is being handled, or null outside such a write.</summary>
    public static string? Current => RequestContext.Get(Key) as string;

    /// <summary>Runs <paramref name="write"/> with <paramref name="connectionId"/> as its origin; the origin is gone again when it returns.</summary>
    public static async Task<T> RunAsync<T>(string connectionId, Func<Task<T>> write)
    {
        // An async method: the value set here belongs to this call's flow and never leaks to the hub's caller.
        RequestContext.Set(Key, connectionId);
        return await write();
    }
}
