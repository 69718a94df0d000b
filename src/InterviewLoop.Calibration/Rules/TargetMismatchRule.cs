using System.Globalization;

namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>level.target_mismatch</c>: the level the evidence supports (<see cref="LevelSignal.Supported"/>)
/// differs from the loop's target and the estimate is at least <see cref="MinConfidence"/> sure, so
/// that one stray vote does not raise it. Severity: medium one level away, high two or more.
/// Quotes the votes the estimate rests on (level recommendations and rating totals).
/// </summary>
internal sealed class TargetMismatchRule : IFlagRule
{
    /// <summary>Least confidence at which a mismatch is reported.</summary>
    public const double MinConfidence = 0.5;

    public IEnumerable<Flag> Find(CalibrationContext context)
    {
        var signal = context.Level.Signal;
        if (signal.Supported is not { } supported || supported == signal.Target || signal.Confidence < MinConfidence) yield break;
        var votes = context.Level.Votes;
        var cards = votes.Select(v => v.Card).ToArray();
        var direction = supported < signal.Target ? "below" : "above";
        yield return new Flag(
            FlagKinds.TargetMismatch,
            Math.Abs(supported.Rank - signal.Target.Rank) >= 2 ? FlagSeverity.High : FlagSeverity.Medium,
            context.RoundsOf(cards),
            cards.Select(c => c.InterviewerId).Distinct(StringComparer.Ordinal).ToArray(),
            null,
            string.Create(CultureInfo.InvariantCulture,
                $"The evidence supports {supported} (confidence {signal.Confidence:0.00}), {direction} the target level {signal.Target}."),
            votes.Select(v => Quotes.Of(v.Card, v.Quote)).ToArray());
    }
}
