namespace InterviewLoop.Calibration.Tests.Labeled;

/// <summary>
/// Accuracy of the calibration service on the hand-labeled set (not timing): every flag kind must
/// reach precision and recall of at least 0.90. The same numbers are printed by
/// <c>ops/bench/calibration/run</c> into docs/benchmarks.md.
/// </summary>
public sealed class LabeledSetTests
{
    private const double Target = 0.90;

    private static readonly string Manifest = Path.Combine(AppContext.BaseDirectory, "Labeled", "manifest.json");

    private static readonly Lazy<LabeledSetResult> Result =
        new(() => LabeledSetEvaluator.Evaluate(Manifest, new LoopCalibrator().Calibrate));

    public static TheoryData<string> Kinds => new(LabeledSetEvaluator.AllKinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LabeledSet_ForEachKind_ReachesNinetyPercentPrecisionAndRecall(string kind)
    {
        var score = Result.Value.Kinds.Single(k => k.Kind == kind);
        var misses = string.Join("\n", Result.Value.Misses.Where(m => m.Kind == kind).Select(m => $"{m.File}: {m.What}"));

        Assert.True(score.Precision >= Target, $"{kind} precision {score.Precision:0.00}\n{misses}");
        Assert.True(score.Recall >= Target, $"{kind} recall {score.Recall:0.00}\n{misses}");
    }

    [Fact]
    public void LabeledSet_HasFortyDocuments_PositivesOfEveryKind_AndAtLeastAsManyHardNegatives()
    {
        var result = Result.Value;

        Assert.True(result.Documents >= 40, $"{result.Documents} documents");
        Assert.All(result.Kinds, k => Assert.True(k.Positives >= 5, $"{k.Kind} has {k.Positives} positives"));
        Assert.True(result.Kinds.Sum(k => k.HardNegatives) >= result.Kinds.Sum(k => k.Positives),
            $"{result.Kinds.Sum(k => k.HardNegatives)} hard negatives for {result.Kinds.Sum(k => k.Positives)} positives");
    }
}
