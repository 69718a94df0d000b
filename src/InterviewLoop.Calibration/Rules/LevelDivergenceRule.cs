namespace InterviewLoop.Calibration.Rules;

/// <summary>
/// <c>level.divergence</c>: the submitted level recommendations of the loop span two or more levels
/// (read literally: L4 and L5 together span two). Severity grows with the distance between the
/// lowest and the highest: low for neighbouring levels (a normal debrief question), medium for
/// two apart, high for three or more. Quotes every recommendation. Shadows' recommendations are left out,
/// as they are from the level estimate (<see cref="SubmittedCard.IsShadow"/>).
/// </summary>
internal sealed class LevelDivergenceRule : IFlagRule
{
    public IEnumerable<Flag> Find(CalibrationContext context)
    {
        var recommended = context.Cards.Where(c => c.Card.LevelRecommendation is not null && !c.IsShadow).ToArray();
        if (recommended.Length < 2) yield break;
        var low = recommended.Min(c => c.Card.LevelRecommendation!.Value);
        var high = recommended.Max(c => c.Card.LevelRecommendation!.Value);
        if (low == high) yield break;
        var distance = high.Rank - low.Rank;
        var list = string.Join(", ", recommended.Select(c => $"{c.Card.LevelRecommendation} from {c.Who} in {c.RoundId}"));
        yield return new Flag(
            FlagKinds.LevelDivergence,
            distance switch { 1 => FlagSeverity.Low, 2 => FlagSeverity.Medium, _ => FlagSeverity.High },
            context.RoundsOf(recommended),
            recommended.Select(c => c.InterviewerId).Distinct(StringComparer.Ordinal).ToArray(),
            null,
            $"Level recommendations span {low}..{high}: {list}.",
            recommended.Select(c => Quotes.Of(c, $"levelRecommendation: {c.Card.LevelRecommendation}")).ToArray());
    }
}
