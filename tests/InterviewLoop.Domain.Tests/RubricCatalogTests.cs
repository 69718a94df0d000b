using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Domain.Tests;

public sealed class RubricCatalogTests
{
    [Theory]
    [InlineData("senior-evidence/v1", "scope,autonomy,judgment,production_ownership,impact,influence,reflection")]
    [InlineData("career-narrative/v1", "through_line,evidence_anchors,role_fit,transition_explanation,company_specificity,level_calibration,delivery")]
    public void BuiltInRubric_HasTheSpecDimensionIdsInOrder(string id, string dimensions)
    {
        var rubric = RubricCatalog.Get(id);

        Assert.Equal(dimensions.Split(','), rubric.Dimensions.Select(d => d.Id));
    }

    [Fact]
    public void EveryDimension_IsAnchoredAtOneThreeAndFive()
    {
        foreach (var dimension in RubricCatalog.All.SelectMany(r => r.Dimensions))
        {
            Assert.Equal([1, 3, 5], dimension.Anchors.Keys.Order());
            Assert.All(dimension.Anchors.Values, text => Assert.False(string.IsNullOrWhiteSpace(text)));
            Assert.False(string.IsNullOrWhiteSpace(dimension.Hint));
        }
    }

    [Theory]
    [InlineData(7, "Evidence likely under-levels the candidate.")]
    [InlineData(17, "Evidence likely under-levels the candidate.")]
    [InlineData(18, "Usable evidence; decisions and impact need sharpening.")]
    [InlineData(27, "Usable evidence; decisions and impact need sharpening.")]
    [InlineData(28, "A credible senior case.")]
    [InlineData(35, "A credible senior case.")]
    public void SeniorEvidenceBands_FollowSeed003Totals(int total, string reading) =>
        Assert.Equal(reading, SeniorEvidenceRubric.V1.BandFor(total)!.Reading);

    [Fact]
    public void CareerNarrativeGate_IsSeed000s28WithTransitionAndRoleFitFirst()
    {
        var gate = CareerNarrativeRubric.V1.Gate!;

        Assert.Equal(28, gate.MinTotal);
        Assert.Equal(["transition_explanation", "role_fit"], gate.PriorityDimensions);
        Assert.Equal(4, gate.PriorityMinimum);
    }

    [Fact]
    public void Get_UnknownRubric_IsNotFound() =>
        Assert.Throws<NotFoundException>(() => RubricCatalog.Get("made-up/v9"));
}
