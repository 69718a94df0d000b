namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// A small polarity lexicon for interviewers' written feedback: positive minus negative words, a
/// word flipped when "not", "no", "never", "without", "lacked"... stands one or two words before it
/// in its sentence ("not clear" counts as negative). Three habits of how feedback is written are read,
/// each from false positives of <c>feedback.score_mismatch</c> that a reviewer found:
/// <list type="bullet">
/// <item>a contrast ("but", "however", "unfortunately"...) turns to the writer's verdict, so what it
/// concedes counts for less (<see cref="ConcededWeight"/>);</item>
/// <item>an inability ("couldn't", "unable to", "failed to"...) is criticism of what follows it;</item>
/// <item>a worry the writer then calls resolved, addressed or cleared up is not criticism.</item>
/// </list>
/// Deliberately crude: it only has to notice praise or criticism plain enough to contradict a rating,
/// and the flag it feeds quotes the text for a human to judge.
/// </summary>
internal static class FeedbackPolarity
{
    /// <summary>
    /// Weight of a word that a later contrast concedes: half, as VADER weighs the words before "but"
    /// (Hutto and Gilbert, 2014). VADER also adds half to the words after it; here they keep their
    /// weight, so a contrast decides which side wins without making the feedback read stronger than
    /// the same words without it.
    /// </summary>
    public const double ConcededWeight = 0.5;

    // How many tokens before a word a negator still flips it.
    private const int NegationReach = 2;

    /// <summary>
    /// Positive minus negative words in <paramref name="text"/>, each conceded one counting
    /// <see cref="ConcededWeight"/> and each resolved criticism nothing; 0 for blank text.
    /// </summary>
    public static double Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var tokens = FeedbackTokenizer.Read(text);
        var conceded = Conceded(tokens);
        var resolved = Resolved(tokens);
        var score = 0.0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var polarity = Polarity(tokens, i);
            if (polarity < 0 && resolved[i]) continue;
            score += conceded[i] ? polarity * ConcededWeight : polarity;
        }
        return score;
    }

    // +1, -1 or 0 for token i with its negation applied. What an inability phrase negates is what the
    // candidate failed at ("couldn't give clear answers"): the phrase already counts it once.
    private static int Polarity(IReadOnlyList<FeedbackToken> tokens, int i)
    {
        var sign = Sign(tokens[i]);
        if (sign == 0) return 0;
        return NegatorBefore(tokens, i)?.Kind switch
        {
            null => sign,
            FeedbackTokenKind.Inability => 0,
            _ => -sign,
        };
    }

    private static int Sign(FeedbackToken token) => token.Kind switch
    {
        FeedbackTokenKind.Inability => -1,
        FeedbackTokenKind.Word => FeedbackWords.Positive.Contains(token.Text) ? 1 : FeedbackWords.Negative.Contains(token.Text) ? -1 : 0,
        _ => 0,
    };

    private static FeedbackToken? NegatorBefore(IReadOnlyList<FeedbackToken> tokens, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - NegationReach && tokens[j].Sentence == tokens[i].Sentence; j--)
            if (Negates(tokens[j], tokens[i])) return tokens[j];
        return null;
    }

    // Two inabilities in a row ("did not manage to finish; struggled to explain") are two criticisms.
    private static bool Negates(FeedbackToken negator, FeedbackToken token) =>
        negator.Kind == FeedbackTokenKind.Inability ? token.Kind != FeedbackTokenKind.Inability : FeedbackWords.Negators.Contains(negator.Text);

    // Whether a later contrast concedes each token. One inside a sentence ("clear, but couldn't code")
    // concedes what comes before it there; one that opens a sentence ("However, ...") turns from all before it.
    private static bool[] Conceded(IReadOnlyList<FeedbackToken> tokens)
    {
        var opening = -1;
        var lastInSentence = new Dictionary<int, int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != FeedbackTokenKind.Contrast) continue;
            lastInSentence[tokens[i].Sentence] = i;
            if (i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence) opening = i;
        }
        return tokens.Select((t, i) => i < opening || i < lastInSentence.GetValueOrDefault(t.Sentence, -1)).ToArray();
    }

    // Whether each token lies in a resolved worry: from the first worry word after the previous resolution
    // up to a resolution that is not negated ("those concerns were never resolved" settles nothing). The worry
    // and what it was about ("worried the answers were thin") were doubts the writer then put aside.
    private static bool[] Resolved(IReadOnlyList<FeedbackToken> tokens)
    {
        var resolved = new bool[tokens.Count];
        var worry = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == FeedbackTokenKind.Resolution)
            {
                if (worry >= 0 && NegatorBefore(tokens, i) is null) Array.Fill(resolved, true, worry, i - worry);
                worry = -1;
            }
            else if (worry < 0 && FeedbackWords.Worries.Contains(tokens[i].Text)) worry = i;
        }
        return resolved;
    }
}
