using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Packets.Sources;

/// <summary>A loop as a packet reads it: its scorecards, its decision and its dated history.</summary>
/// <param name="Loop">The loop with every scorecard (drafts included; the packet shows submitted ones only).</param>
/// <param name="Decision">The committee's decision, or <c>null</c>.</param>
/// <param name="History">Dated events worth auditing, oldest first.</param>
/// <param name="Position">Where in the event log it was read, or <c>null</c> for a loop document (no log).</param>
public sealed record LoopRecord(LoopSnapshot Loop, LoopDecision? Decision, IReadOnlyList<LoopHistoryEntry> History, PacketPosition? Position)
{
    /// <summary>
    /// A loop document's loop: no decision, no position, and a history of its scorecards' submission
    /// times (a document carries nothing else dated).
    /// </summary>
    public static LoopRecord FromDocument(LoopSnapshot loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var history = loop.SubmittedScorecards
            .Select(c => new LoopHistoryEntry(c.Scorecard.SubmittedAt!.Value, LoopHistoryKind.Submitted, c.Round.Plan.RoundId, c.Scorecard.InterviewerId))
            .OrderBy(h => h.At)
            .ToArray();
        return new LoopRecord(loop, null, history, null);
    }
}

/// <summary>What kind of thing a <see cref="LoopHistoryEntry"/> records.</summary>
public enum LoopHistoryKind
{
    /// <summary>The loop was planned.</summary>
    Planned,

    /// <summary>A scorecard was submitted in InterviewLoop.</summary>
    Submitted,

    /// <summary>A scorecard submitted elsewhere arrived with an imported loop (dated by its original submission).</summary>
    Imported,

    /// <summary>The owner corrected one field of their submitted scorecard, with a reason.</summary>
    Amended,

    /// <summary>The hiring committee recorded its decision.</summary>
    Decided,
}

/// <summary>One dated event of a loop's history.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="RoundId">The round, or <c>null</c> for the loop itself.</param>
/// <param name="ActorId">User id of who did it, or <c>null</c>.</param>
/// <param name="Detail">More about it in words (e.g. the coherence warnings a submit went ahead despite), or <c>null</c>.</param>
/// <param name="Reason">The reason given (submit despite warnings, amendment), or <c>null</c>.</param>
/// <param name="Change">For an amendment: the field, and its value before and after.</param>
public sealed record LoopHistoryEntry(
    DateTimeOffset At, LoopHistoryKind Kind, string? RoundId, string? ActorId, string? Detail = null, string? Reason = null, FieldChange? Change = null);

/// <summary>One field of a scorecard before and after an amendment.</summary>
/// <param name="Field">Which field.</param>
/// <param name="Dimension">The rubric dimension for a rating or a note, else <c>null</c>.</param>
/// <param name="From">The value before, as <see cref="Domain.Rounds.ScorecardFieldValues"/> reads it, or <c>null</c> when empty.</param>
/// <param name="To">The value after, or <c>null</c> when cleared.</param>
public sealed record FieldChange(Domain.Scoring.ScorecardField Field, string? Dimension, string? From, string? To);
