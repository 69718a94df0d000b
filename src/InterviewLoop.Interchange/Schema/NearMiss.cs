namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// Finds the declared name an unknown one was probably meant to be (<c>submitedAt</c> → <c>submittedAt</c>,
/// <c>display_name</c> → <c>displayName</c>). Names are compared lower-cased without '_' and '-';
/// the edit distance allowed grows with length so that short names (<c>id</c>) only match case or
/// separator slips, never a different short word.
/// </summary>
internal static class NearMiss
{
    public static string? Suggest(string name, IEnumerable<string> known)
    {
        var probe = Normalise(name);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var target = Normalise(candidate);
            var distance = Distance(probe, target);
            if (distance <= Allowed(target.Length) && distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }
        return best;
    }

    /// <summary>Whether the two names differ only in case and '_' or '-' (<c>submitted_at</c>, <c>submittedAt</c>).</summary>
    public static bool IsSameName(string name, string other) => Normalise(name) == Normalise(other);

    private static int Allowed(int length) => length switch { <= 4 => 0, <= 8 => 1, _ => 2 };

    private static string Normalise(string name) =>
        new(name.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant).ToArray());

    // Optimal string alignment: insert, delete, substitute and swap of neighbours each cost 1.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
