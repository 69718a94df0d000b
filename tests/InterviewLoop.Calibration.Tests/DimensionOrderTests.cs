namespace InterviewLoop.Calibration.Tests;

public sealed class DimensionOrderTests
{
    private static readonly Dictionary<string, int> Ratings = new() { ["zeta"] = 1, ["reflection"] = 2, ["alpha"] = 3, ["scope"] = 4 };

    [Fact]
    public void Sort_ForABuiltInRubric_PutsItsDimensionsFirstInRubricOrder()
    {
        var keys = DimensionOrder.Sort(Ratings, "senior-evidence/v1").Select(r => r.Key);

        Assert.Equal(["scope", "reflection", "alpha", "zeta"], keys);
    }

    [Fact]
    public void Sort_ForAnOrganisationsRubric_SortsByOrdinalId()
    {
        var keys = DimensionOrder.Sort(Ratings, "acme/v1").Select(r => r.Key);

        Assert.Equal(["alpha", "reflection", "scope", "zeta"], keys);
    }
}
