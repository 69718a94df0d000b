using System.Globalization;
using InterviewLoop.Calibration.Evidence;

namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>raters.halo</c>: one scorecard that looks like a single impression copied across the rubric.
/// Both must hold: the ratings are flat (at least <see cref="MinRated"/> rated dimensions, spread
/// max − min ≤ <see cref="MaxSpread"/>, and at least <see cref="MinModeShare"/> of them at the most
/// common value) and the evidence is thin (concrete notes, per <see cref="EvidenceQuality"/>, on at
/// most <see cref="MaxConcreteShare"/> of the rated dimensions). A flat card with specific evidence
/// is a candidate who is even, not a halo. Severity: medium when every rating is equal, else low;
/// the flag questions the rater's card, not the candidate.
/// </summary>
internal sealed class HaloRule : IFlagRule
{
    /// <summary>Fewest rated dimensions for flatness to mean anything.</summary>
    public const int MinRated = 5;

    /// <summary>Largest max − min of a flat card.</summary>
    public const int MaxSpread = 1;

    /// <summary>Smallest share of ratings at the most common value ("most dimensions equal").</summary>
    public const double MinModeShare = 0.7;

    /// <summary>Largest share of rated dimensions with a concrete note that still counts as little evidence.</summary>
    public const double MaxConcreteShare = 1.0 / 3;

    public IEnumerable<Flag> Find(CalibrationContext context) =>
        context.Cards.Select(FlagFor).OfType<Flag>();

    private static Flag? FlagFor(SubmittedCard card)
    {
        var ratings = card.Ratings;
        if (ratings.Count < MinRated) return null;
        var values = ratings.Select(r => r.Value).ToArray();
        var mode = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        if (values.Max() - values.Min() > MaxSpread || mode.Count() < MinModeShare * values.Length) return null;
        var concrete = ratings.Count(r => card.HasConcreteNoteOn(r.Key));
        if (concrete > MaxConcreteShare * values.Length) return null;
        var flat = values.Min() == values.Max();
        var shape = flat
            ? $"gave all {values.Length} rated dimensions a {mode.Key}"
            : $"rated {values.Length} dimensions within {values.Min()}..{values.Max()} ({mode.Count()} at {mode.Key})";
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{card.Who} {shape} in {card.RoundId}, with concrete notes on {concrete} of them: the ratings may reflect one overall impression.");
        return new Flag(FlagKinds.Halo, flat ? FlagSeverity.Medium : FlagSeverity.Low, [card.RoundId], [card.InterviewerId], null,
            message, Evidence(card).ToArray());
    }

    // The ratings line, then up to two notes without concrete content (or the summary if none).
    private static IEnumerable<FlagEvidence> Evidence(SubmittedCard card)
    {
        yield return Quotes.Of(card, Quotes.Ratings(card.Ratings));
        var vague = card.Card.Notes.Where(n => !EvidenceQuality.IsConcrete(n.Text)).Select(n => n.Text).Take(2).ToArray();
        foreach (var text in vague.Length > 0 ? vague : [card.Card.Summary])
            if (!string.IsNullOrWhiteSpace(text)) yield return Quotes.Of(card, Quotes.Text(text));
    }
}
