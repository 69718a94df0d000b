using System.Globalization;
using InterviewLoop.Calibration.Evidence;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>feedback.score_mismatch</c>: an interviewer's words contradict their own scores.
/// Summary: clearly positive (polarity ≥ <see cref="MinPolarity"/>) with a no / strong no or a mean
/// rating ≤ <see cref="LowMean"/>, or clearly negative with a yes / strong yes or a mean ≥
/// <see cref="HighMean"/>; high when the recommendation is the opposite extreme, else medium.
/// Notes: the notes on one dimension clearly praise it while it is rated 1-2, or clearly criticise
/// it while it is rated 4-5; medium. One adjective is not enough (hence polarity 2), and a 5 whose
/// note is only praise is <c>evidence.unsupported_rating</c>'s business, not a contradiction.
/// How a contrast, an inability or a resolved worry counts is <see cref="FeedbackPolarity"/>'s reading.
/// </summary>
internal sealed class ScoreMismatchRule : IFlagRule
{
    /// <summary>Net polarity that counts as clearly positive (or, negated, clearly negative).</summary>
    public const int MinPolarity = 2;

    /// <summary>Mean rating at or below which a glowing summary contradicts the scores.</summary>
    public const double LowMean = 2.5;

    /// <summary>Mean rating at or above which a critical summary contradicts the scores.</summary>
    public const double HighMean = 3.5;

    public IEnumerable<Flag> Find(CalibrationContext context) =>
        context.Cards.SelectMany(card => NoteFlags(card).Prepend(SummaryFlag(card)).OfType<Flag>());

    private static Flag? SummaryFlag(SubmittedCard card)
    {
        var polarity = FeedbackPolarity.Score(card.Card.Summary);
        var mean = card.Card.Ratings.Count > 0 ? card.Card.Ratings.Values.Average() : (double?)null;
        var rec = (int?)card.Card.Recommendation;
        var glowing = polarity >= MinPolarity && (rec <= (int)Recommendation.No || mean <= LowMean);
        var critical = polarity <= -MinPolarity && (rec >= (int)Recommendation.Yes || mean >= HighMean);
        if (!glowing && !critical) return null;
        var extreme = glowing ? card.Card.Recommendation == Recommendation.StrongNo : card.Card.Recommendation == Recommendation.StrongYes;
        var meanText = mean is null ? "no ratings" : string.Create(CultureInfo.InvariantCulture, $"mean rating {mean:0.0}");
        var scores = $"recommendation {card.Card.Recommendation?.ToWire() ?? "none"}, {meanText}";
        return new Flag(FlagKinds.ScoreMismatch, extreme ? FlagSeverity.High : FlagSeverity.Medium, [card.RoundId], [card.InterviewerId], null,
            $"{card.Who}'s summary in {card.RoundId} reads {(glowing ? "positive" : "negative")} but the scores say otherwise ({scores}).",
            [Quotes.Of(card, Quotes.Text(card.Card.Summary)), Quotes.Of(card, scores)]);
    }

    private static IEnumerable<Flag?> NoteFlags(SubmittedCard card) =>
        card.Ratings.Select(r =>
        {
            var notes = card.Card.NotesFor(r.Key).Select(n => n.Text).ToArray();
            var polarity = FeedbackPolarity.Score(string.Join(" ", notes));
            var praised = polarity >= MinPolarity && r.Value <= Rating.LowTo;
            var criticised = polarity <= -MinPolarity && r.Value >= Rating.HighFrom;
            if (!praised && !criticised) return null;
            return new Flag(FlagKinds.ScoreMismatch, FlagSeverity.Medium, [card.RoundId], [card.InterviewerId], r.Key,
                $"{card.Who} {(praised ? "praised" : "criticised")} {r.Key} in {card.RoundId} but rated it {r.Value}.",
                Quotes.RatingWithNotes(card, r.Key));
        });
}
