namespace InterviewLoop.Domain;

/// <summary>
/// A rule of the domain refused a request. <see cref="Code"/> is a stable, dotted machine code
/// (e.g. <c>rating.out_of_range</c>); <see cref="Field"/> names the offending input as a path
/// (e.g. <c>ratings.scope</c>) when one field is at fault, else <c>null</c>.
/// </summary>
public class DomainException(string code, string message, string? field = null) : Exception(message)
{
    /// <summary>Stable machine-readable code of the broken rule.</summary>
    public string Code { get; } = code;

    /// <summary>Path of the input at fault (e.g. <c>ratings.scope</c>), or <c>null</c>.</summary>
    public string? Field { get; } = field;
}

/// <summary>The caller is not allowed to act on this round (not on its panel). Maps to HTTP 403.</summary>
public sealed class NotOnPanelException(string interviewerId, string roundKey)
    : DomainException("panel.not_member", $"Interviewer '{interviewerId}' is not on the panel of round '{roundKey}'.");

/// <summary>The scorecard was already submitted and is immutable. Maps to HTTP 409.</summary>
public sealed class ScorecardLockedException(string interviewerId, string roundKey)
    : DomainException("scorecard.submitted", $"The scorecard of '{interviewerId}' for round '{roundKey}' is submitted and can no longer change.");

/// <summary>The addressed loop or round does not exist. Maps to HTTP 404.</summary>
public sealed class NotFoundException(string what, string id)
    : DomainException($"{what}.not_found", $"No {what} with id '{id}'.");
