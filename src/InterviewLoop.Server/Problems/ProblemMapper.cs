using InterviewLoop.Domain;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Interchange;
using InterviewLoop.Server.Scoring.Submission;

namespace InterviewLoop.Server.Problems;

/// <summary>Maps exceptions of the domain, the store and the loop-document reader to problems.</summary>
internal static class ProblemMapper
{
    /// <summary>The problem for <paramref name="error"/>, or <c>null</c> when it is not an expected refusal.</summary>
    public static Problem? Map(Exception error) => error switch
    {
        NotOnPanelException e => new(StatusCodes.Status403Forbidden, "Not on the panel", e.Code, e.Message, e.Field),
        ScorecardLockedException e => new(StatusCodes.Status409Conflict, "Scorecard already submitted", e.Code, e.Message, e.Field),
        NotFoundException e => new(StatusCodes.Status404NotFound, "Not found", e.Code, e.Message, e.Field),
        AccessDeniedException e => new(StatusCodes.Status403Forbidden, "Forbidden", "access.denied", e.Message, null),
        LoopDocumentException e => new(StatusCodes.Status400BadRequest, "Invalid loop document", e.Code, e.Message, e.Path),
        IncoherentScorecardException e => new(StatusCodes.Status409Conflict, "Check your scorecard before submitting", e.Code, e.Message, e.Field),
        DomainException { Code: "scorecard.not_submitted" or "round.not_started" } e => new(StatusCodes.Status409Conflict, "Not in that state", e.Code, e.Message, e.Field),
        DomainException { Code: "loop.exists" } e => new(StatusCodes.Status409Conflict, "Loop already exists", e.Code, e.Message, e.Field),
        DomainException { Code: "user.id_taken" or "user.username_taken" or "user.last_admin" } e => new(StatusCodes.Status409Conflict, "Conflicts with another user", e.Code, e.Message, e.Field),
        DomainException e => new(StatusCodes.Status400BadRequest, "Invalid input", e.Code, e.Message, e.Field),
        ConcurrencyConflictException e => new(StatusCodes.Status409Conflict, "Changed by someone else; try again", "concurrency.conflict", e.Message, null),
        BadHttpRequestException e => new(e.StatusCode, "Bad request", "request.invalid", e.Message, null),
        _ => null,
    };
}
