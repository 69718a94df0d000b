using System.Globalization;

namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>raters.severity</c> (added to the contract's kinds): an interviewer who scored this loop is
/// far from the panel in their history (<see cref="Raters.RaterSeverity.FarFromPanel"/>). One flag
/// per such interviewer, low: it explains their calibrated ratings, it does not fault the candidate.
/// Quotes their raw ratings in this loop beside the calibrated values. Needs rater history.
/// </summary>
internal sealed class RaterSeverityRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context)
    {
        foreach (var interviewer in context.Cards.Select(c => c.InterviewerId).Distinct(StringComparer.Ordinal))
        {
            if (context.History.Find(interviewer) is not { FarFromPanel: true } rater) continue;
            var cards = context.Cards.Where(c => c.InterviewerId == interviewer).ToArray();
            var ratings = context.Ratings.Where(r => r.Interviewer == interviewer).ToArray();
            var direction = rater.Severity > 0 ? "lower" : "higher";
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{cards[0].Who} rates {Math.Abs(rater.Severity):0.00} points {direction} than the panel on the same evidence (± {rater.StandardError:0.00}, {rater.Count} ratings); their calibrated ratings adjust for it.");
            var quotes = ratings.Select(r => new FlagEvidence(r.Round, r.Interviewer,
                string.Create(CultureInfo.InvariantCulture, $"{r.Dimension}: {r.Raw} (calibrated {r.Calibrated:0.0})")));
            yield return new Flag(FlagKinds.RaterSeverity, FlagSeverity.Low, context.RoundsOf(cards), [interviewer], null, message, quotes.ToArray());
        }
    }
}
