namespace InterviewLoop.Calibration.Narrative.Projects;

/// <summary>The vocabulary of project names: head nouns, part nouns and words that end a name.</summary>
internal static class ProjectWords
{
    public static readonly HashSet<string> Heads = new(
    [
        "migration", "redesign", "rewrite", "rebuild", "re-architecture", "rearchitecture", "project", "platform", "service",
        "system", "pipeline", "workflow", "launch", "rollout", "integration", "initiative", "program", "programme",
        "overhaul", "rework", "refactor", "revamp", "consolidation", "backfill", "deprecation", "engine", "framework", "effort",
        "work", "gateway", "cache", "queue", "library", "sdk", "app", "portal", "upgrade", "extraction", "decomposition",
        "split", "re-index", "reindex", "re-platforming", "replatforming", "modernization", "modernisation", "sunset", "cutover",
    ], StringComparer.Ordinal);

    // Phases or pieces of a larger effort: a clause naming one beside a bigger project is about the bigger one.
    public static readonly HashSet<string> MinorHeads = new(
        ["backfill", "cutover", "rollout", "launch", "cache", "queue", "split", "extraction", "upgrade"], StringComparer.Ordinal);

    // After a head, these make the phrase a part of the work: "migration plan", "cutover checklist".
    public static readonly HashSet<string> Parts = new(
    [
        "plan", "design", "checklist", "runbook", "doc", "document", "test", "tests", "matrix", "schema", "dashboard",
        "alert", "monitoring", "part", "piece", "portion", "side", "review", "estimate", "budget", "timeline",
        "team", "teams", "lead", "engineer", "engineers", "owner", "metric", "dashboard", "window", "script", "tooling",
    ], StringComparer.Ordinal);

    public static readonly HashSet<string> Stop = new(
    [
        "the", "a", "an", "his", "her", "their", "our", "my", "its", "this", "that", "these", "those", "of", "on", "in",
        "for", "to", "with", "and", "or", "but", "by", "from", "at", "as", "into", "onto", "over", "about", "he", "she",
        "they", "i", "we", "it", "was", "were", "is", "are", "be", "been", "had", "has", "have", "did", "do", "does",
        "led", "lead", "leading", "leads", "owned", "owns", "owning", "own", "ran", "run", "running", "drove", "built",
        "wrote", "designed", "helped", "worked", "contributed", "said", "says", "described", "claimed", "mentioned",
        "called", "whole", "entire", "same", "which", "who", "also", "then", "personally", "mostly", "really", "just",
        "end", "start", "finish", "one", "two", "three", "both", "each", "every", "any", "some", "first", "last", "after",
        "before", "during", "while", "when", "where", "what", "how", "why", "all", "up", "out", "did", "not", "no",
        "shipped", "delivered", "finished", "completed", "joined", "started", "took", "take", "handed", "across",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> Numerals = new(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
         "fifty", "hundred", "dozen", "several", "many", "multiple", "few"], StringComparer.Ordinal);

    /// <summary>True for "12", "12k" and number words: a head after one is a count ("twelve services").</summary>
    public static bool IsNumber(string word) => char.IsDigit(word[0]) || Numerals.Contains(word);

    /// <summary>True for "two-year", "6-month", "long": how long the work took, not which work.</summary>
    public static bool IsLength(string word) =>
        word is "long" or "short" or "multi-year" || word.EndsWith("-year", StringComparison.Ordinal) || word.EndsWith("-month", StringComparison.Ordinal)
        || word.EndsWith("-week", StringComparison.Ordinal) || word.EndsWith("-day", StringComparison.Ordinal);

    /// <summary>Crude singular: retries → retry, notifications → notification, process stays.</summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }
}
