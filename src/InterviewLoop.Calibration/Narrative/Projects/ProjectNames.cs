using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Projects;

/// <summary>
/// Finds project names in a lower-cased clause: up to four modifier words before a head noun of
/// <see cref="ProjectWords"/>, plus "of the ..." after it ("migration of notification preferences").
/// A head followed by a part noun ("migration plan", "cutover checklist") names a part of the work,
/// not the work, and is skipped.
/// </summary>
internal static partial class ProjectNames
{
    public const int MaxModifiers = 4;

    public static IReadOnlyList<ProjectName> In(string lower)
    {
        var words = Words(lower);
        var found = new List<ProjectName>();
        for (var i = 0; i < words.Length; i++)
        {
            var head = ProjectWords.Singular(words[i].Value);
            // "12 services" is a count, not a service; "a service" after a number never names one.
            if (!ProjectWords.Heads.Contains(head) || IsPartOf(words, i) || (i > 0 && ProjectWords.IsNumber(words[i - 1].Value))) continue;
            var first = i;
            while (first > 0 && i - first < MaxModifiers && IsModifier(words[first - 1], lower, words[first])) first--;
            var modifiers = words[first..i].Select(w => ProjectWords.Singular(w.Value)).Concat(OfPhrase(words, i)).ToArray();
            found.Add(new ProjectName(modifiers, head, words[first].Index, words[i].Index + words[i].Length));
        }
        return found;
    }

    /// <summary>The first name in <paramref name="lower"/> that is not bare and not a minor phase of a bigger project.</summary>
    public static ProjectName? MainIn(string lower) =>
        In(lower).FirstOrDefault(p => !p.IsBare && !ProjectWords.MinorHeads.Contains(p.Head));

    // "Migration plan" names a part of the work; in "gateway migration" the gateway is a modifier.
    private static bool IsPartOf(Token[] words, int i) =>
        i + 1 < words.Length && Adjacent(words[i], words[i + 1])
        && (ProjectWords.Parts.Contains(ProjectWords.Singular(words[i + 1].Value)) || ProjectWords.Heads.Contains(ProjectWords.Singular(words[i + 1].Value)));

    // A modifier sits right before the next word (no punctuation between) and is neither a stop word
    // nor a length ("a two-year migration" is the migration).
    private static bool IsModifier(Token word, string lower, Token next) =>
        !ProjectWords.Stop.Contains(word.Value) && !ProjectWords.IsLength(word.Value)
        && lower.AsSpan(word.Index + word.Length, next.Index - word.Index - word.Length).Trim().IsEmpty;

    private static IEnumerable<string> OfPhrase(Token[] words, int i)
    {
        if (i + 1 >= words.Length || words[i + 1].Value != "of") return [];
        return words.Skip(i + 2).SkipWhile(w => w.Value is "the" or "a" or "its" or "their" or "our" or "his" or "her")
            .TakeWhile(w => !ProjectWords.Stop.Contains(w.Value)).Take(3).Select(w => ProjectWords.Singular(w.Value));
    }

    private static bool Adjacent(Token a, Token b) => b.Index - (a.Index + a.Length) <= 1;

    // Calibration reads every sentence several times; Regex.Matches allocates a Match (with its group
    // arrays) per word, which made this the calibrator's hottest allocation. ValueMatch allocates none.
    private static Token[] Words(string lower)
    {
        var words = new List<Token>();
        foreach (var m in Word().EnumerateMatches(lower)) words.Add(new Token(m.Index, m.Length, lower.Substring(m.Index, m.Length)));
        return [.. words];
    }

    /// <summary>One word of the clause: where it is and what it says.</summary>
    private readonly record struct Token(int Index, int Length, string Value);

    [GeneratedRegex(@"[a-z0-9][a-z0-9'-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
