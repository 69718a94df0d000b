using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// Splits feedback into <see cref="FeedbackToken"/>s: the set phrases <see cref="FeedbackPolarity"/> reads
/// (contrasts, inabilities, resolutions) as one token each, other words one by one, each with its sentence.
/// </summary>
internal static partial class FeedbackTokenizer
{
    /// <summary>The tokens of <paramref name="text"/> in order; sentence ends are counted, not returned.</summary>
    public static IReadOnlyList<FeedbackToken> Read(string text)
    {
        var tokens = new List<FeedbackToken>();
        var sentence = 0;
        foreach (Match match in Token().Matches(Normalise(text)))
        {
            if (match.Groups["end"].Success) sentence++;
            else tokens.Add(new FeedbackToken(match.Value, KindOf(match), sentence));
        }
        return tokens;
    }

    private static FeedbackTokenKind KindOf(Match match) =>
        match.Groups["contrast"].Success ? FeedbackTokenKind.Contrast
        : match.Groups["inability"].Success ? FeedbackTokenKind.Inability
        : match.Groups["resolution"].Success ? FeedbackTokenKind.Resolution
        : FeedbackTokenKind.Word;

    // Typographic apostrophes (couldn’t, as many editors type it) become typed ones. A sentence that opens
    // with "although X, Y" says "X, but Y": its verdict follows the comma, not the "although".
    private static string Normalise(string text) =>
        OpeningConcession().Replace(text.ToLowerInvariant().Replace('\u2019', '\''), "${concession}, but");

    [GeneratedRegex(@"(?<=(?:^|[.!?\n])\s*)(?:even\s+)?(?:al)?though\s+(?<concession>[^,;.!?…\n]+),", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningConcession();

    // A sentence ends at a line break or a lone . ! ? before a space (an ellipsis is a pause, "2.5" a number).
    // "yet", "though" and "although" are contrasts only where they open a clause: "has not yet led",
    // "even though" and a closing "great design, though." are not turns to a verdict.
    [GeneratedRegex("""
          (?<end>\n|(?<!\.)[.!?](?!\.)(?=\s|$))
        | (?<inability>\b(?:couldn't|could\s+not|unable\s+to|failed\s+to|struggled\s+to|did(?:\s+not|n't)\s+manage\s+to)\b)
        | (?<contrast>\b(?:but|however|unfortunately|that\s+said)\b|(?<=(?:^|[,;:.!?…—–])\s*)(?:yet|though|although)\b(?=\s+\w))
        | (?<resolution>\b(?:resolved|addressed|cleared\s+up|allayed|dispelled)\b)
        | (?<word>[a-z]+(?:'[a-z]+)?)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
