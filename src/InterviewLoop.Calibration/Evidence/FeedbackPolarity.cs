using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// A small polarity lexicon for interviewers' written feedback: positive minus negative words, a
/// word flipped when "not", "no", "never", "without", "lacked"... stands one or two words before it
/// ("not clear" counts as negative). Deliberately crude: it only has to notice praise or criticism
/// plain enough to contradict a rating, and the flag it feeds quotes the text for a human to judge.
/// </summary>
internal static partial class FeedbackPolarity
{
    private static readonly HashSet<string> Positive = new(
    [
        "excellent", "exceptional", "outstanding", "impressive", "impressed", "strong", "great", "clear", "crisp",
        "convincing", "compelling", "thoughtful", "solid", "deep", "mature", "sharp", "confident", "insightful",
        "superb", "stellar", "fantastic", "brilliant", "articulate", "rigorous",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> Negative = new(
    [
        "weak", "vague", "shallow", "unclear", "poor", "concerning", "concern", "concerns", "concerned", "struggled",
        "struggles", "lacked", "lacking", "missing", "inconsistent", "rambling", "superficial", "disappointing",
        "confused", "unconvincing", "hesitant", "generic", "thin", "worried", "limited",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> Negators = new(
        ["not", "no", "never", "hardly", "barely", "without", "lacked", "lacks", "nor", "isn't", "wasn't", "didn't", "couldn't"],
        StringComparer.Ordinal);

    /// <summary>Positive minus negative words in <paramref name="text"/>; 0 for blank text.</summary>
    public static int Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var score = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var sign = Positive.Contains(words[i]) ? 1 : Negative.Contains(words[i]) ? -1 : 0;
            if (sign == 0) continue;
            var negated = (i >= 1 && Negators.Contains(words[i - 1])) || (i >= 2 && Negators.Contains(words[i - 2]));
            score += negated ? -sign : sign;
        }
        return score;
    }

    [GeneratedRegex(@"[a-z]+(?:'[a-z]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
