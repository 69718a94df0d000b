namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// The word lists behind <see cref="FeedbackPolarity"/>. The set phrases (contrasts, inabilities,
/// resolutions) are <see cref="FeedbackTokenizer"/>'s, since they can span words.
/// </summary>
internal static class FeedbackWords
{
    public static readonly HashSet<string> Positive = new(
    [
        "excellent", "exceptional", "outstanding", "impressive", "impressed", "strong", "great", "clear", "crisp",
        "convincing", "compelling", "thoughtful", "solid", "deep", "mature", "sharp", "confident", "insightful",
        "superb", "stellar", "fantastic", "brilliant", "articulate", "rigorous",
    ], StringComparer.Ordinal);

    public static readonly HashSet<string> Negative = new(
    [
        "weak", "vague", "shallow", "unclear", "poor", "concerning", "concern", "concerns", "concerned", "struggled",
        "struggles", "lacked", "lacking", "missing", "inconsistent", "rambling", "superficial", "disappointing",
        "confused", "unconvincing", "hesitant", "generic", "thin", "worried", "limited",
    ], StringComparer.Ordinal);

    /// <summary>Words that flip the word one or two after them. "couldn't" is an inability phrase, which negates too.</summary>
    public static readonly HashSet<string> Negators = new(
    [
        "not", "no", "never", "hardly", "barely", "without", "lacked", "lacks", "nor", "isn't", "wasn't", "didn't",
        "weren't", "aren't", "hasn't", "haven't",
    ], StringComparer.Ordinal);

    /// <summary>Words for the writer's own doubt, which a later resolution can settle.</summary>
    public static readonly HashSet<string> Worries = new(
        ["concern", "concerns", "concerned", "worried", "worry", "worries", "doubt", "doubts"], StringComparer.Ordinal);
}
