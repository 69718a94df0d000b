namespace InterviewLoop.Calibration.Narrative;

/// <summary>Builds a <c>narrative.*</c> flag from a conflict: its rounds, interviewers and quotes.</summary>
internal static class NarrativeFlags
{
    /// <summary>Quotes kept per round and interviewer, so a long note does not drown the others.</summary>
    public const int QuotesPerCard = 2;

    public static Flag Create<T>(string kind, FlagSeverity severity, Conflict<T> conflict, string message) =>
        Create(kind, severity, conflict.Rounds, conflict.Mentions.Select(m => (m.Card, m.Quote)), message);

    public static Flag Create(
        string kind, FlagSeverity severity, IReadOnlyList<string> rounds, IEnumerable<(SubmittedCard Card, string Quote)> quotes, string message)
    {
        var evidence = quotes
            .Select(q => new FlagEvidence(q.Card.RoundId, q.Card.InterviewerId, q.Quote))
            .Distinct()
            .GroupBy(e => (e.Round, e.Interviewer))
            .SelectMany(g => g.Take(QuotesPerCard))
            .ToArray();
        return new Flag(kind, severity, rounds, evidence.Select(e => e.Interviewer).Distinct(StringComparer.Ordinal).ToArray(), null, message, evidence);
    }
}
