namespace InterviewLoop.Calibration.Narrative;

/// <summary>
/// Compares mentions across rounds. Mentions are clustered by subject (<c>sameSubject</c>, which may
/// be fuzzy, e.g. project names); within a cluster each round's values are compared with every other
/// round's, never within one round: two interviewers in the same room heard the same answer, so a
/// difference between their notes is about note-taking, not the candidate's story.
/// </summary>
internal static class CrossRound
{
    public static IEnumerable<Conflict<T>> Conflicts<T>(
        CalibrationContext context,
        IEnumerable<Mention<T>> mentions,
        Func<Mention<T>, Mention<T>, bool> sameSubject,
        Func<IReadOnlyList<T>, IReadOnlyList<T>, bool> conflict)
    {
        foreach (var cluster in Cluster(mentions.ToArray(), sameSubject))
        {
            var byRound = cluster.GroupBy(m => m.RoundId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.Select(m => m.Value).ToArray(), StringComparer.Ordinal);
            var rounds = byRound.Keys.ToArray();
            var inConflict = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < rounds.Length; i++)
                for (var j = i + 1; j < rounds.Length; j++)
                    if (conflict(byRound[rounds[i]], byRound[rounds[j]])) inConflict.UnionWith([rounds[i], rounds[j]]);
            if (inConflict.Count == 0) continue;
            var ordered = context.RoundsOf(cluster.Where(m => inConflict.Contains(m.RoundId)).Select(m => m.Card));
            var quoted = cluster.Where(m => inConflict.Contains(m.RoundId)).OrderBy(m => ordered.ToList().IndexOf(m.RoundId)).ToArray();
            yield return new Conflict<T>(cluster[0].Subject, ordered, quoted);
        }
    }

    // Single-link clustering that merges clusters a mention bridges; small inputs, stable order.
    private static List<List<Mention<T>>> Cluster<T>(Mention<T>[] mentions, Func<Mention<T>, Mention<T>, bool> same)
    {
        var clusters = new List<List<Mention<T>>>();
        foreach (var mention in mentions)
        {
            var homes = clusters.Where(c => c.Any(m => same(m, mention))).ToList();
            var merged = homes.SelectMany(c => c).Append(mention).ToList();
            clusters.RemoveAll(homes.Contains);
            clusters.Add(merged);
        }
        return clusters;
    }
}
