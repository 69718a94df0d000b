using InterviewLoop.Calibration.Narrative;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration;

/// <summary>One thing the candidate said, as the calibration service read it from a scorecard.</summary>
/// <param name="Round">Round id.</param>
/// <param name="Interviewer">Interviewer id whose scorecard recorded it.</param>
/// <param name="Topic">What it is about.</param>
/// <param name="Subject">What it is about within the topic, normalised (e.g. <c>team size</c>, <c>billing migration</c>, <c>reason for moving</c>).</param>
/// <param name="Value">The normalised value as shown (e.g. <c>~40%</c>, <c>contributed</c>, <c>reorg or manager change</c>).</param>
/// <param name="Quote">The sentence or claim quote it was read from.</param>
/// <param name="Tagged">True when it came from a structured claim, false when read from free text.</param>
public sealed record CandidateClaim(string Round, string Interviewer, ClaimTopic Topic, string Subject, string Value, string Quote, bool Tagged);

/// <summary>
/// The candidate's claims across a loop, read from submitted scorecards' notes and summaries (and
/// structured claims where interviewers tagged them): what the <c>narrative.*</c> flags compare.
/// Exposed so a debrief can show what was read and so the reading can be tested on its own.
/// </summary>
public static class CandidateClaims
{
    /// <summary>Every claim read from <paramref name="loop"/>'s submitted scorecards, grouped by topic, in loop order within a topic.</summary>
    public static IReadOnlyList<CandidateClaim> Read(LoopSnapshot loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var reading = NarrativeReading.Of(SubmittedCard.Of(loop));
        return Project(reading.Reasons, ClaimTopic.ReasonForMove)
            .Concat(Project(reading.Ownership, ClaimTopic.Ownership))
            .Concat(Project(reading.Metrics, ClaimTopic.Metric))
            .Concat(Project(reading.Timeline, ClaimTopic.Timeline))
            .Concat(Project(reading.TargetRole, ClaimTopic.TargetRole))
            .ToArray();
    }

    private static IEnumerable<CandidateClaim> Project<T>(IEnumerable<Mention<T>> mentions, ClaimTopic topic) =>
        mentions.Select(m => new CandidateClaim(m.RoundId, m.Card.InterviewerId, topic, m.Subject, m.Display, m.Quote, m.Tagged));
}
