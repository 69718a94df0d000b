using InterviewLoop.Calibration.Raters;

namespace InterviewLoop.Calibration.Tests.Raters;

/// <summary>Hand-made histories: <c>new RatingsBuilder().Rate("c1", "u-1", "scope", 4)...Build()</c>.</summary>
internal sealed class RatingsBuilder
{
    private readonly List<RatingObservation> _ratings = [];

    public RatingsBuilder Rate(string candidate, string rater, string dimension, int raw, string round = "r1")
    {
        _ratings.Add(new RatingObservation($"loop-{candidate}", candidate, round, rater, dimension, raw));
        return this;
    }

    /// <summary>
    /// Each of <paramref name="candidates"/> rated on <paramref name="dimensions"/> by two raters who
    /// agree (u-a, u-b) and a harsh one (u-harsh) who sees the same evidence one point lower.
    /// </summary>
    public RatingsBuilder PanelWithOneHarsh(int candidates, string[] dimensions)
    {
        for (var c = 0; c < candidates; c++)
            for (var d = 0; d < dimensions.Length; d++)
            {
                var truth = 3 + (c + d) % 3;
                Rate($"c{c}", "u-a", dimensions[d], truth, "r3");
                Rate($"c{c}", "u-b", dimensions[d], truth, "r3");
                Rate($"c{c}", "u-harsh", dimensions[d], truth - 1, "r3");
            }
        return this;
    }

    public IReadOnlyList<RatingObservation> Build() => _ratings;
}
