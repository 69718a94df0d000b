namespace InterviewLoop.Calibration.Evidence;

/// <summary>What a token of feedback does to <see cref="FeedbackPolarity"/>.</summary>
internal enum FeedbackTokenKind
{
    /// <summary>A word, read against the polarity lexicon.</summary>
    Word,

    /// <summary>"but", "however", "unfortunately"...: what follows is the writer's verdict.</summary>
    Contrast,

    /// <summary>"couldn't", "unable to", "failed to"...: criticism of what follows.</summary>
    Inability,

    /// <summary>"resolved", "addressed", "cleared up"...: a worry raised before is settled.</summary>
    Resolution,
}

/// <summary>A lower-cased word or set phrase of feedback and the index of its sentence.</summary>
internal readonly record struct FeedbackToken(string Text, FeedbackTokenKind Kind, int Sentence);
