namespace InterviewLoop.Calibration.Leveling;

/// <summary>
/// Turns level votes into a supported level and a confidence: supported = the lower median (the
/// cautious one of two middle votes); confidence = agreement × n / (n + 2), where agreement is the
/// mean over votes of 1 (same level), 0.5 (one level off) or 0, and the count factor keeps one or
/// two votes from sounding sure (1 vote → 0.33, 4 → 0.67, 8 → 0.8). Rounded to 2 decimals.
/// </summary>
internal static class Votes
{
    public static (int? Supported, double Confidence) Summarize(IReadOnlyCollection<int> ranks)
    {
        if (ranks.Count == 0) return (null, 0);
        var sorted = ranks.Order().ToArray();
        var supported = sorted[(sorted.Length - 1) / 2];
        var agreement = sorted.Average(r => Math.Abs(r - supported) switch { 0 => 1.0, 1 => 0.5, _ => 0.0 });
        return (supported, Math.Round(agreement * sorted.Length / (sorted.Length + 2.0), 2));
    }
}
