namespace InterviewLoop.Calibration.Narrative;

/// <summary>One thing the candidate said, as one interviewer recorded it in one round.</summary>
/// <typeparam name="T">The normalised value (a reason category, an ownership level, a quantity...).</typeparam>
/// <param name="Card">The scorecard it was read from.</param>
/// <param name="Subject">What it is about, normalised for comparison (e.g. <c>team size</c>).</param>
/// <param name="Value">The normalised value.</param>
/// <param name="Display">The value as a committee member reads it (e.g. <c>about 40%</c>).</param>
/// <param name="Quote">The sentence or claim quote it was read from.</param>
/// <param name="Tagged">True when it came from a structured claim rather than free text.</param>
internal sealed record Mention<T>(SubmittedCard Card, string Subject, T Value, string Display, string Quote, bool Tagged)
{
    public string RoundId => Card.RoundId;
}

/// <summary>A subject whose values disagree across rounds: what a <c>narrative.*</c> flag reports.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Subject">The subject, as shown (from the first mention).</param>
/// <param name="Rounds">Rounds in conflict, in loop order.</param>
/// <param name="Mentions">The mentions of those rounds, in loop order.</param>
internal sealed record Conflict<T>(string Subject, IReadOnlyList<string> Rounds, IReadOnlyList<Mention<T>> Mentions)
{
    /// <summary>"contributed (r1) vs led (r3)": each round's distinct values.</summary>
    public string ValuesByRound() =>
        string.Join(" vs ", Rounds.Select(r =>
            $"{string.Join(" / ", Mentions.Where(m => m.RoundId == r).Select(m => m.Display).Distinct(StringComparer.Ordinal))} ({r})"));
}
