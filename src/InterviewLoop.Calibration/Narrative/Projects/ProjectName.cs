namespace InterviewLoop.Calibration.Narrative.Projects;

/// <summary>
/// A named piece of work as written in a note: modifiers and a head noun
/// ("notification platform migration": modifiers notification, platform; head migration).
/// </summary>
/// <param name="Modifiers">Lower-case singular modifier words, in order.</param>
/// <param name="Head">The head noun, singular (<c>migration</c>, <c>redesign</c>, <c>project</c>).</param>
/// <param name="Start">Offset of the phrase in its clause.</param>
/// <param name="End">Offset just past the phrase.</param>
internal sealed record ProjectName(IReadOnlyList<string> Modifiers, string Head, int Start, int End)
{
    // Words too common to tell projects apart: "platform" in "notification platform migration".
    private static readonly HashSet<string> Generic = new(
        ["project", "work", "effort", "initiative", "platform", "system", "service", "backend", "frontend", "internal",
         "core", "legacy", "team", "company", "product", "data", "new", "old", "big", "major"], StringComparer.Ordinal);

    /// <summary>True for "the migration", "the project": a reference to an earlier name, not a name.</summary>
    public bool IsBare => Distinctive.Count == 0;

    /// <summary>True when the head says nothing about which work it is (project, work, effort...).</summary>
    public bool HasGenericHead => Generic.Contains(Head);

    /// <summary>Modifiers that tell this project from others; hyphenated words count by part ("fraud-scoring").</summary>
    public IReadOnlySet<string> Distinctive =>
        Modifiers.SelectMany(m => m.Split('-')).Select(ProjectWords.Singular)
            .Where(m => m.Length > 2 && !Generic.Contains(m)).ToHashSet(StringComparer.Ordinal);

    /// <summary>"notification platform migration".</summary>
    public string Label => string.Join(' ', Modifiers.Append(Head));

    /// <summary>
    /// Same project: distinctive words overlap (one set inside the other, or half of their union
    /// shared) and the heads agree, or one is generic, or one names the other ("billing platform"
    /// and "billing migration" are different work; "notification platform" and "notification
    /// platform migration" are the same).
    /// </summary>
    public bool SameAs(ProjectName other)
    {
        var mine = Distinctive;
        var theirs = other.Distinctive;
        if (mine.Count == 0 || theirs.Count == 0) return false;
        var shared = mine.Intersect(theirs).Count();
        var wordsAgree = shared == Math.Min(mine.Count, theirs.Count) || shared * 2 >= mine.Union(theirs).Count();
        var headsAgree = Head == other.Head || HasGenericHead || other.HasGenericHead ||
                         Modifiers.Contains(other.Head) || other.Modifiers.Contains(Head);
        return shared > 0 && wordsAgree && headsAgree;
    }
}
