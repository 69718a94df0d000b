using InterviewLoop.Calibration.Evidence;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>evidence.unsupported_rating</c>: a rating at 4-5 or 1-2 (<see cref="Rating.IsExtreme"/>) whose
/// dimension has no concrete note (<see cref="EvidenceQuality"/>) on the same scorecard. A general
/// note or the summary does not count: the rule asks for evidence tied to that dimension. One flag
/// per rating, quoting the rating and any notes on the dimension (showing they are only praise).
/// Severity: medium at the ends of the scale (1 or 5), low at 2 or 4. A 3 never needs evidence here.
/// </summary>
internal sealed class UnsupportedRatingRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context) =>
        context.Cards.SelectMany(card => card.Ratings
            .Where(r => Rating.IsExtreme(r.Value) && !card.HasConcreteNoteOn(r.Key))
            .Select(r => FlagFor(card, r.Key, r.Value)));

    private static Flag FlagFor(SubmittedCard card, string dimension, int value)
    {
        var notes = card.Card.NotesFor(dimension).ToArray();
        var why = notes.Length == 0
            ? $"there is no note on {dimension}"
            : $"the {(notes.Length == 1 ? "note" : "notes")} on {dimension} {(notes.Length == 1 ? "has" : "have")} no concrete evidence (no action, decision, system or number)";
        return new Flag(
            FlagKinds.UnsupportedRating,
            value is Rating.Min or Rating.Max ? FlagSeverity.Medium : FlagSeverity.Low,
            [card.RoundId],
            [card.InterviewerId],
            dimension,
            $"{card.Who} rated {dimension} {value} in {card.RoundId}, but {why}.",
            Quotes.RatingWithNotes(card, dimension));
    }
}
