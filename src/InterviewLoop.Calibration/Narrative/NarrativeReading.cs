using InterviewLoop.Calibration.Narrative.Metrics;
using InterviewLoop.Calibration.Narrative.Ownership;
using InterviewLoop.Calibration.Narrative.Reasons;
using InterviewLoop.Calibration.Narrative.TargetRole;
using InterviewLoop.Calibration.Narrative.Timeline;

namespace InterviewLoop.Calibration.Narrative;

/// <summary>Everything the candidate was recorded saying across a loop, read once per calibration.</summary>
internal sealed class NarrativeReading
{
    private NarrativeReading(IReadOnlyList<SubmittedCard> cards)
    {
        var sentences = cards.Select(c => (Card: c, Sentences: CardText.Sentences(c))).ToArray();
        Reasons = sentences.SelectMany(x => ReasonReader.Read(x.Card, x.Sentences)).ToArray();
        Ownership = sentences.SelectMany(x => OwnershipReader.Read(x.Card, x.Sentences)).ToArray();
        Metrics = sentences.SelectMany(x => MetricReader.Read(x.Card, x.Sentences)).ToArray();
        Timeline = sentences.SelectMany(x => TimelineReader.Read(x.Card, x.Sentences)).ToArray();
        TargetRole = sentences.SelectMany(x => TargetRoleReader.Read(x.Card, x.Sentences)).ToArray();
    }

    public IReadOnlyList<Mention<IReadOnlySet<string>>> Reasons { get; }

    public IReadOnlyList<Mention<OwnershipClaim>> Ownership { get; }

    public IReadOnlyList<Mention<MetricClaim>> Metrics { get; }

    public IReadOnlyList<Mention<TimelineClaim>> Timeline { get; }

    public IReadOnlyList<Mention<TargetClaim>> TargetRole { get; }

    public static NarrativeReading Of(IReadOnlyList<SubmittedCard> cards) => new(cards);
}
