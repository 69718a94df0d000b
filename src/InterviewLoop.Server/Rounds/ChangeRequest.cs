using System.Text.Json;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Server.Rounds;

/// <summary>
/// Body of <c>PATCH .../scorecards/me</c>: a <see cref="ScorecardChange"/> as JSON, e.g.
/// <c>{"operationId":"7f3a…","field":"rating","dimension":"scope","value":4}</c>. Fields are read
/// loosely here (value may be a number or a string) so that a bad value gets the domain's message naming it.
/// </summary>
/// <param name="OperationId">Client-generated id (1..100 chars) that makes a resend a no-op.</param>
/// <param name="Field"><c>rating</c>, <c>note</c>, <c>recommendation</c>, <c>level_recommendation</c> or <c>summary</c>.</param>
/// <param name="Dimension">Rubric dimension id for ratings and notes.</param>
/// <param name="Value">New value: a number or string, or <c>null</c> to clear.</param>
public sealed record ChangeRequest(string? OperationId, string? Field, string? Dimension, JsonElement? Value)
{
    /// <summary>The domain change; throws <see cref="DomainException"/> naming <c>field</c> or <c>value</c> when they cannot be read.</summary>
    public ScorecardChange ToChange()
    {
        if (!WireNames.TryParse<ScorecardField>(Field, out var field))
            throw new DomainException("change.field",
                $"field: '{Field}' is not one of {string.Join(", ", WireNames.All<ScorecardField>())}", "field");
        return new ScorecardChange(OperationId ?? "", field, Dimension, ValueText());
    }

    private string? ValueText() => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => throw new DomainException("change.value", "value: must be a string, a number or null", "value"),
    };
}

/// <summary>Body of <c>POST .../scorecards/me/amendments</c>: one field of a submitted scorecard, and why.</summary>
/// <param name="OperationId">Client-generated id (1..100 chars) that makes a resend a no-op.</param>
/// <param name="Field">As in <see cref="ChangeRequest"/>.</param>
/// <param name="Dimension">As in <see cref="ChangeRequest"/>.</param>
/// <param name="Value">As in <see cref="ChangeRequest"/>.</param>
/// <param name="Reason">Why the submitted scorecard is corrected (1..2000 characters).</param>
public sealed record AmendRequest(string? OperationId, string? Field, string? Dimension, JsonElement? Value, string? Reason)
{
    /// <summary>The change; throws <see cref="DomainException"/> naming the field at fault.</summary>
    public ScorecardChange ToChange() => new ChangeRequest(OperationId, Field, Dimension, Value).ToChange();
}

/// <summary>Body of <c>POST .../scorecards/me/submit</c>.</summary>
/// <param name="OperationId">Client-generated id (1..100 chars) that makes a resend a no-op.</param>
/// <param name="Reason">Why the interviewer submits despite the coherence check's issues, or <c>null</c>.</param>
public sealed record SubmitRequest(string? OperationId, string? Reason = null)
{
    /// <summary>The operation id; throws <see cref="DomainException"/> naming <c>operationId</c> unless it is 1..100 characters.</summary>
    public static string RequireOperationId(string? operationId) =>
        string.IsNullOrWhiteSpace(operationId) || operationId.Length > Ids.MaxLength
            ? throw new DomainException("change.operation_id", "operationId: must be 1..100 characters", "operationId")
            : operationId;
}
