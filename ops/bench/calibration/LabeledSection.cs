using InterviewLoop.Calibration;
using InterviewLoop.Calibration.Tests.Labeled;

namespace InterviewLoop.Bench.Calibration;

/// <summary>Precision and recall per flag kind over the hand-labeled loop documents.</summary>
internal static class LabeledSection
{
    public static void Run(string manifest)
    {
        Table("Labeled set", LabeledSetEvaluator.Evaluate(manifest, new LoopCalibrator().Calibrate));
        Table("Held-out subset (now also used for fixes; first-run numbers are in docs/benchmarks.md)",
            LabeledSetEvaluator.Evaluate(manifest, new LoopCalibrator().Calibrate, "held-out"));
    }

    private static void Table(string title, LabeledSetResult result)
    {
        Console.WriteLine($"## {title}: {result.Documents} documents, {result.Kinds.Sum(k => k.Positives)} positives, {result.Kinds.Sum(k => k.HardNegatives)} hard negatives");
        Console.WriteLine(KindScore.Header);
        foreach (var kind in result.Kinds) Console.WriteLine(kind.Row());
        var (tp, fp, fn) = (result.Kinds.Sum(k => k.TruePositives), result.Kinds.Sum(k => k.FalsePositives), result.Kinds.Sum(k => k.FalseNegatives));
        Console.WriteLine($"| all (micro)                   | {tp + fn,9} | {result.Kinds.Sum(k => k.HardNegativesHeld),3}/{result.Kinds.Sum(k => k.HardNegatives),-3} | {tp,3} | {fp,3} | {fn,3} | {(double)tp / Math.Max(1, tp + fp),9:0.00} | {(double)tp / Math.Max(1, tp + fn),6:0.00} |");
        foreach (var miss in result.Misses) Console.WriteLine($"- {miss.File}: {miss.Kind} {miss.What}");
        Console.WriteLine();
    }
}
