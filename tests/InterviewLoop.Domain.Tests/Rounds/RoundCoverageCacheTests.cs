using System.Globalization;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Tests.Rounds;

/// <summary>
/// The round keeps its coverage between events and recomputes it only after one that can move it; these
/// tests read it after every edit, so a stale list would show, and compare it with coverage worked out
/// directly from the scorecards.
/// </summary>
public sealed class RoundCoverageCacheTests
{
    private static readonly string[] Panelists = ["u-1", "u-2"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Coverage_ReadAfterEveryEdit_AlwaysMatchesTheScorecards(int seed)
    {
        var round = new RoundBuilder().Lead("u-1").Shadow("u-2").Build();
        var dimensions = RubricCatalog.TryGet("senior-evidence/v1", out var rubric) ? rubric.Dimensions.Select(d => d.Id).ToArray() : throw new InvalidOperationException("rubric missing");
        var random = new Random(seed);
        var moved = 0;

        for (var step = 0; step < 400; step++)
        {
            var before = round.Coverage();
            round.Do(round.Change(Panelists[random.Next(Panelists.Length)], RandomEdit(random, dimensions), RoundBuilder.Now));
            var after = round.Coverage();

            Assert.Equal(Expected(round, dimensions), after);
            if (!before.SequenceEqual(after)) moved++;
        }
        Assert.True(moved >= 10, $"the edits moved coverage only {moved} times; the test would not catch a stale list");
    }

    [Fact]
    public void Coverage_AnEditThatKeepsIt_HandsOutTheSameList()
    {
        var round = new RoundBuilder().Lead("u-1").Build();
        round.Rate("u-1", "scope", 3);
        var first = round.Coverage();

        round.Rate("u-1", "scope", 4).Note("u-1", "scope", "Sized the queue from the peak load");

        Assert.Same(first, round.Coverage());
    }

    [Fact]
    public void Coverage_AfterAnAmendmentClearsTheOnlyEvidence_DropsTheDimension()
    {
        var round = new RoundBuilder().Lead("u-1").Build().Submitted("u-1");
        Assert.Equal(["scope"], round.Coverage());

        round.Do(round.Amend("u-1", new ScorecardChange(RoundActs.NextOp(), ScorecardField.Rating, "scope", null), "Rated the wrong dimension", RoundBuilder.Now));

        Assert.Empty(round.Coverage());
    }

    private static ScorecardChange RandomEdit(Random random, string[] dimensions)
    {
        var dimension = dimensions[random.Next(3)]; // few dimensions, so edits meet covered ones often
        return random.Next(6) switch
        {
            0 or 1 => new(RoundActs.NextOp(), ScorecardField.Rating, dimension, null),
            2 => new(RoundActs.NextOp(), ScorecardField.Rating, dimension, (1 + random.Next(5)).ToString(CultureInfo.InvariantCulture)),
            3 => new(RoundActs.NextOp(), ScorecardField.Note, dimension, random.Next(2) == 0 ? "" : " "),
            4 => new(RoundActs.NextOp(), ScorecardField.Note, dimension, "Walked through the rollback"),
            _ => new(RoundActs.NextOp(), ScorecardField.Summary, null, "Clear on trade-offs"),
        };
    }

    private static string[] Expected(Round round, string[] dimensions)
    {
        var covered = round.Scorecards.Values
            .SelectMany(s => s.Ratings.Keys.Concat(s.Notes.Where(n => n.Dimension is not null && !string.IsNullOrWhiteSpace(n.Text)).Select(n => n.Dimension!)))
            .ToHashSet(StringComparer.Ordinal);
        return dimensions.Where(covered.Contains).ToArray();
    }
}
