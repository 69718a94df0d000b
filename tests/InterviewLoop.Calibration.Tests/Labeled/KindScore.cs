using System.Globalization;

namespace InterviewLoop.Calibration.Tests.Labeled;

/// <summary>
/// Counts for one flag kind over the labeled set. Precision = TP / (TP + FP); recall = TP / (TP + FN);
/// hard negatives held = hard negatives of this kind in documents where no unexpected flag of this kind appeared.
/// </summary>
internal sealed record KindScore(string Kind, int TruePositives, int FalsePositives, int FalseNegatives, int HardNegatives, int HardNegativesHeld)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public int Positives => TruePositives + FalseNegatives;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Kind,-29} | {Positives,9} | {HardNegativesHeld,3}/{HardNegatives,-3} | {TruePositives,3} | {FalsePositives,3} | {FalseNegatives,3} | {Precision,9:0.00} | {Recall,6:0.00} |");

    public const string Header =
        "| kind                          | positives | hard neg | TP  | FP  | FN  | precision | recall |\n" +
        "|-------------------------------|-----------|----------|-----|-----|-----|-----------|--------|";
}
