using System.Globalization;

namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>level.target_mismatch</c>: the level the evidence supports (<see cref="LevelSignal.Supported"/>)
/// differs from the loop's target. Raised when the estimate is at least <see cref="MinConfidence"/> sure
/// (medium one level away, high two or more), so that one stray vote does not raise it; and, at low
/// severity, when it is less sure but rests on at least <see cref="MinVotesWhenUnsure"/> votes and lies two
/// or more levels away: a split panel whose middle is far from the target is worth the committee's
/// question, and a target set well above the evidence lowers the confidence by itself (the rating bands
/// are read relative to the target). Quotes the votes the estimate rests on (level recommendations and
/// rating totals).
/// </summary>
internal sealed class TargetMismatchRule : IFlagRule
{
    /// <summary>Least confidence at which a mismatch is reported at medium or high severity.</summary>
    public const double MinConfidence = 0.5;

    /// <summary>Fewest votes behind a less sure estimate two or more levels away for a low-severity flag.</summary>
    public const int MinVotesWhenUnsure = 3;

    public IEnumerable<Flag> Find(CalibrationContext context)
    {
        var signal = context.Level.Signal;
        if (signal.Supported is not { } supported || supported == signal.Target) yield break;
        var distance = Math.Abs(supported.Rank - signal.Target.Rank);
        var sure = signal.Confidence >= MinConfidence;
        if (!sure && (distance < 2 || context.Level.Votes.Count < MinVotesWhenUnsure)) yield break;
        var severity = !sure ? FlagSeverity.Low : distance >= 2 ? FlagSeverity.High : FlagSeverity.Medium;
        var votes = context.Level.Votes;
        var cards = votes.Select(v => v.Card).ToArray();
        var direction = supported < signal.Target ? "below" : "above";
        yield return new Flag(
            FlagKinds.TargetMismatch,
            severity,
            context.RoundsOf(cards),
            cards.Select(c => c.InterviewerId).Distinct(StringComparer.Ordinal).ToArray(),
            null,
            string.Create(CultureInfo.InvariantCulture,
                $"The evidence supports {supported} (confidence {signal.Confidence:0.00}), {direction} the target level {signal.Target}."),
            votes.Select(v => Quotes.Of(v.Card, v.Quote)).ToArray());
    }
}
