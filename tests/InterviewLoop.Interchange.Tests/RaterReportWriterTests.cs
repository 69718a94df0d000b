using System.Text.Json;
using InterviewLoop.Calibration.Raters;
using InterviewLoop.Interchange.Schema;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class RaterReportWriterTests
{
    private static RaterFit Fit()
    {
        var ratings = new List<RatingObservation>();
        for (var c = 0; c < 30; c++)
            foreach (var (rater, offset) in new[] { ("u-17", 0), ("u-40", 0), ("u-21", -1) })
                ratings.Add(new RatingObservation($"loop-{c}", $"cand-{c}", "r3", rater, "scope", 3 + c % 2 + offset));
        return RaterModel.FitRatings(ratings);
    }

    [Fact]
    public void Write_ProducesTheContractShape()
    {
        using var json = JsonDocument.Parse(RaterReportWriter.Write(Fit()));
        var root = json.RootElement;

        Assert.Equal("interviewloop.raters/v1", root.GetProperty("schema").GetString());
        var harsh = root.GetProperty("raters").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "u-21");
        Assert.True(harsh.GetProperty("severity").GetDouble() > 0.5);
        Assert.Equal(30, harsh.GetProperty("n").GetInt32());
        Assert.True(harsh.GetProperty("far").GetBoolean());
        var rating = root.GetProperty("ratings")[0];
        Assert.Equal("loop-0", rating.GetProperty("loop").GetString());
        Assert.Equal(3, rating.GetProperty("raw").GetInt32());
        Assert.Equal(90, root.GetProperty("ratings").GetArrayLength());
        Assert.Equal(30, root.GetProperty("model").GetProperty("loops").GetInt32());
    }

    [Fact]
    public void Write_ValidatesAgainstTheRaterReportSchema()
    {
        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.RaterReport, RaterReportWriter.Write(Fit())));
    }

    [Fact]
    public void Write_ListsRatersByIdWithTwoDecimals()
    {
        using var json = JsonDocument.Parse(RaterReportWriter.Write(Fit()));

        var raters = json.RootElement.GetProperty("raters").EnumerateArray().ToArray();

        Assert.Equal(["u-17", "u-21", "u-40"], raters.Select(r => r.GetProperty("id").GetString()));
        Assert.All(raters, r => Assert.Equal(Math.Round(r.GetProperty("se").GetDouble(), 2), r.GetProperty("se").GetDouble()));
    }

    [Fact]
    public void Write_WithoutRatings_IsStillAValidReport()
    {
        var text = RaterReportWriter.Write(RaterModel.FitRatings([]));

        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.RaterReport, text));
        Assert.Contains("\"raters\": []", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RaterReportSchema_IsClosed_SoAnExtraFieldIsAWriterBug()
    {
        var text = Documents.Edit(RaterReportWriter.Write(Fit()), d => d["raters"]![0]!["extra"] = 1);

        Assert.Contains(SchemaCheck.Errors(EmbeddedSchemas.RaterReport, text), e => e.StartsWith("raters[0].extra", StringComparison.Ordinal));
    }
}
