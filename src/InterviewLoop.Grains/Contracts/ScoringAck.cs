using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Grains.Contracts;

/// <summary>The answer to an accepted change, sent only after the change is durable.</summary>
/// <param name="Sequence">Round sequence number after the change (unchanged for a duplicate).</param>
/// <param name="Duplicate">True when the operation id had been applied before; nothing new was written.</param>
/// <param name="Scorecard">The interviewer's scorecard after the change.</param>
public sealed record ScoringAck(long Sequence, bool Duplicate, Scorecard Scorecard);

/// <summary>One durable write to an interviewer's own scorecard, as <see cref="IRoundGrain.ChangesSince"/> lists it.</summary>
/// <param name="Sequence">The round sequence number the write got.</param>
/// <param name="OperationId">The client operation id it carried.</param>
/// <param name="Kind"><c>change</c>, <c>submit</c> or <c>amend</c>.</param>
/// <param name="Change">The field and value for a change or an amendment; <c>null</c> for a submit.</param>
/// <param name="At">When the server accepted it (UTC).</param>
public sealed record OwnChange(long Sequence, string OperationId, string Kind, ScorecardChange? Change, DateTimeOffset At);

/// <summary>What an interviewer missed since a sequence number.</summary>
/// <param name="Sequence">The round's sequence number now.</param>
/// <param name="Changes">Their own writes after the asked-for sequence, in order (from any of their devices).</param>
/// <param name="Scorecard">Their scorecard now.</param>
public sealed record OwnChanges(long Sequence, IReadOnlyList<OwnChange> Changes, Scorecard Scorecard);
