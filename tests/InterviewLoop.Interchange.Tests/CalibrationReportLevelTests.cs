using System.Text.Json;
using InterviewLoop.Calibration;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Interchange.Schema;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class CalibrationReportLevelTests
{
    private static readonly CalibrationReport Report = new(
        "loop-2026-0142", [], new LevelSignal(Level.FromRank(4), 0.5625, Level.FromRank(4)), []);

    [Fact]
    public void Write_IncludesTheLevelOfEachDimension()
    {
        var report = Report with
        {
            Level = Report.Level with { Dimensions = [new DimensionLevel("scope", Level.FromRank(5), 0.333, 3), new DimensionLevel("impact", null, 0, 0)] },
        };

        var text = CalibrationReportWriter.Write(report);
        using var json = JsonDocument.Parse(text);

        var dimensions = json.RootElement.GetProperty("level").GetProperty("dimensions");
        Assert.Equal("L5", dimensions[0].GetProperty("supported").GetString());
        Assert.Equal(0.33, dimensions[0].GetProperty("confidence").GetDouble());
        Assert.Equal(3, dimensions[0].GetProperty("votes").GetInt32());
        Assert.Equal(JsonValueKind.Null, dimensions[1].GetProperty("supported").ValueKind);
        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.CalibrationReport, text));
    }
}
