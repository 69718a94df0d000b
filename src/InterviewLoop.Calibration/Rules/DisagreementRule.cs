using System.Globalization;

namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>raters.disagreement</c>: within one round, the submitted ratings of one dimension differ by
/// <see cref="MinGap"/> or more (the contract's threshold). One flag per round and dimension names
/// the interviewers at the lowest and the highest rating and quotes their ratings and notes on it.
/// Severity: medium for a gap of 2, high for 3 or more. Ratings of the same dimension in different
/// rounds are not compared: each round probes different material (a deep dive and a system design
/// can rightly score scope apart), so a cross-round gap is not two raters judging the same evidence.
/// </summary>
internal sealed class DisagreementRule : IFlagRule
{
    /// <summary>Smallest gap between two ratings that is flagged.</summary>
    public const int MinGap = 2;

    public IEnumerable<Flag> Find(CalibrationContext context) =>
        context.Cards
            .GroupBy(c => c.RoundId, StringComparer.Ordinal)
            .SelectMany(round => Dimensions(round).Select(d => FlagFor(context, round.ToArray(), d)))
            .OfType<Flag>();

    private static IEnumerable<string> Dimensions(IEnumerable<SubmittedCard> round) =>
        round.SelectMany(c => c.Ratings.Select(r => r.Key)).Distinct(StringComparer.Ordinal);

    private static Flag? FlagFor(CalibrationContext context, SubmittedCard[] round, string dimension)
    {
        var rated = round.Where(c => c.Card.Ratings.ContainsKey(dimension)).ToArray();
        if (rated.Length < 2) return null;
        var low = rated.Min(c => c.Card.Ratings[dimension]);
        var high = rated.Max(c => c.Card.Ratings[dimension]);
        if (high - low < MinGap) return null;
        var named = rated.Where(c => c.Card.Ratings[dimension] is var v && (v == low || v == high)).ToArray();
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Ratings of {dimension} in {round[0].RoundId} differ by {high - low}: {string.Join(", ", named.Select(c => $"{c.Who} gave {c.Card.Ratings[dimension]}"))}.");
        return new Flag(
            FlagKinds.Disagreement,
            high - low > MinGap ? FlagSeverity.High : FlagSeverity.Medium,
            context.RoundsOf(named),
            named.Select(c => c.InterviewerId).ToArray(),
            dimension,
            message,
            named.SelectMany(c => Quotes.RatingWithNotes(c, dimension)).ToArray());
    }
}
