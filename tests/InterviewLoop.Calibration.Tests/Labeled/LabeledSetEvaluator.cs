using InterviewLoop.Domain.Loops;
using InterviewLoop.Interchange;

namespace InterviewLoop.Calibration.Tests.Labeled;

/// <summary>A difference between what a labeled document expects and what the calibrator raised.</summary>
internal sealed record LabelMiss(string File, string Kind, string What);

/// <summary>The labeled set scored: one row per flag kind and every miss, for diagnosis.</summary>
internal sealed record LabeledSetResult(int Documents, IReadOnlyList<KindScore> Kinds, IReadOnlyList<LabelMiss> Misses);

/// <summary>
/// Scores a calibrator against the labeled set: each expected flag matches at most one raised flag of
/// the same kind (and rounds, dimension, interviewers when the label names them); a raised flag that
/// matches nothing is a false positive, an expectation that matches nothing a false negative.
/// </summary>
internal static class LabeledSetEvaluator
{
    /// <summary>Scores every document of the manifest, or only those of <paramref name="set"/> when given.</summary>
    public static LabeledSetResult Evaluate(string manifestPath, Func<LoopSnapshot, CalibrationReport> calibrate, string? set = null)
    {
        var manifest = LabeledManifest.Read(manifestPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var counts = AllKinds.ToDictionary(k => k, _ => new int[5], StringComparer.Ordinal);
        var misses = new List<LabelMiss>();
        var documents = manifest.Documents.Where(d => set is null || d.Set == set).ToArray();
        foreach (var document in documents)
        {
            var loop = LoopDocumentReader.Read(File.ReadAllText(Path.Combine(directory, document.File)));
            Score(document, calibrate(loop).Flags, counts, misses);
        }
        var kinds = counts.Select(c => new KindScore(c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3], c.Value[4])).ToArray();
        return new LabeledSetResult(documents.Length, kinds, misses);
    }

    public static readonly IReadOnlyList<string> AllKinds =
    [
        FlagKinds.ReasonForMove, FlagKinds.Ownership, FlagKinds.Metric, FlagKinds.TargetRole, FlagKinds.Timeline,
        FlagKinds.ScoreMismatch, FlagKinds.UnsupportedRating, FlagKinds.Disagreement, FlagKinds.Halo,
        FlagKinds.LevelDivergence, FlagKinds.TargetMismatch,
    ];

    // counts[kind] = [TP, FP, FN, hard negatives, hard negatives held]
    private static void Score(LabeledDocument document, IReadOnlyList<Flag> raised, Dictionary<string, int[]> counts, List<LabelMiss> misses)
    {
        var unmatched = raised.Where(f => counts.ContainsKey(f.Kind)).ToList();
        foreach (var expected in document.Expect)
        {
            var hit = unmatched.FirstOrDefault(expected.Matches);
            if (hit is null) misses.Add(new LabelMiss(document.File, expected.Kind, $"missed: rounds {Join(expected.Rounds)} {expected.Dimension}"));
            else unmatched.Remove(hit);
            counts[expected.Kind][hit is null ? 2 : 0]++;
        }
        foreach (var extra in unmatched)
        {
            counts[extra.Kind][1]++;
            misses.Add(new LabelMiss(document.File, extra.Kind, $"unexpected: {extra.Message}"));
        }
        foreach (var negative in document.HardNegatives)
        {
            counts[negative.Kind][3]++;
            if (!unmatched.Any(f => f.Kind == negative.Kind)) counts[negative.Kind][4]++;
        }
    }

    private static string Join(IReadOnlyList<string>? rounds) => rounds is null ? "any" : string.Join(",", rounds);
}
