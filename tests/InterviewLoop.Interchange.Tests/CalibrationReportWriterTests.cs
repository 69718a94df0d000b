using System.Text.Json;
using InterviewLoop.Calibration;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Interchange.Schema;
using InterviewLoop.Interchange.Tests.Support;

namespace InterviewLoop.Interchange.Tests;

public sealed class CalibrationReportWriterTests
{
    private static readonly CalibrationReport Report = new(
        "loop-2026-0142",
        [new Flag(FlagKinds.Halo, FlagSeverity.Medium, ["r2"], ["u-40"], null, "Flat.", [new FlagEvidence("r2", "u-40", "scope: 4")]),
         new Flag(FlagKinds.Disagreement, FlagSeverity.High, ["r3"], ["u-17", "u-40"], "judgment", "Apart.", [])],
        new LevelSignal(Level.FromRank(4), 0.5625, Level.FromRank(4)),
        [new CalibratedRating("r1", "u-17", "through_line", 4, 3.6049)]);

    [Fact]
    public void Write_ProducesTheContractShape()
    {
        using var json = JsonDocument.Parse(CalibrationReportWriter.Write(Report));
        var root = json.RootElement;

        Assert.Equal("interviewloop.calibration/v1", root.GetProperty("schema").GetString());
        Assert.Equal("loop-2026-0142", root.GetProperty("loopId").GetString());
        var halo = root.GetProperty("flags")[0];
        Assert.Equal("raters.halo", halo.GetProperty("kind").GetString());
        Assert.Equal("medium", halo.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, halo.GetProperty("dimension").ValueKind);
        Assert.Equal("scope: 4", halo.GetProperty("evidence")[0].GetProperty("quote").GetString());
        Assert.Equal("high", root.GetProperty("flags")[1].GetProperty("severity").GetString());
        Assert.Equal("judgment", root.GetProperty("flags")[1].GetProperty("dimension").GetString());
        Assert.Equal("L4", root.GetProperty("level").GetProperty("supported").GetString());
        Assert.Equal(0.56, root.GetProperty("level").GetProperty("confidence").GetDouble());
        Assert.Equal("L4", root.GetProperty("level").GetProperty("target").GetString());
        var rating = root.GetProperty("ratings")[0];
        Assert.Equal(4, rating.GetProperty("raw").GetInt32());
        Assert.Equal(3.6, rating.GetProperty("calibrated").GetDouble());
    }

    [Fact]
    public void Write_ValidatesAgainstTheReportSchema()
    {
        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.CalibrationReport, CalibrationReportWriter.Write(Report)));
    }

    [Fact]
    public void Write_WhenNoLevelIsSupported_WritesNull()
    {
        var report = Report with { Level = new LevelSignal(null, 0, Level.FromRank(3)), Flags = [], Ratings = [] };

        var text = CalibrationReportWriter.Write(report);

        Assert.Contains("\"supported\": null", text, StringComparison.Ordinal);
        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.CalibrationReport, text));
    }

    [Fact]
    public void ReportSchema_IsClosed_SoAnExtraFieldIsAWriterBug()
    {
        var text = CalibrationReportWriter.Write(Report).Replace("\"loopId\"", "\"extra\": 1, \"loopId\"", StringComparison.Ordinal);

        Assert.Equal(["extra: unknown field"], SchemaCheck.Errors(EmbeddedSchemas.CalibrationReport, text));
    }

    [Theory]
    [InlineData("full-loop.json")]
    [InlineData("minimal-loop.json")]
    public void Write_ReportOfAnyReadableLoop_ValidatesAgainstTheReportSchema(string fixture)
    {
        var report = new LoopCalibrator().Calibrate(LoopDocumentReader.Read(TestFiles.Fixture(fixture)));

        Assert.Empty(SchemaCheck.Errors(EmbeddedSchemas.CalibrationReport, CalibrationReportWriter.Write(report)));
    }
}
