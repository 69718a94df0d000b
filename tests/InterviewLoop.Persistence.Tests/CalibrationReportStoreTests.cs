using InterviewLoop.Persistence.Calibration;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Persistence.Tests;

/// <summary>The stored calibration reports and the log read across streams, on each dialect.</summary>
public abstract class CalibrationReportStoreTests : IDisposable
{
    private readonly TestDatabase _temp;
    private readonly InterviewLoopDatabase _database;

    protected CalibrationReportStoreTests(TestDatabase temp)
    {
        _temp = temp;
        _database = _temp.Open();
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static StoredCalibration Report(string loopId, long position, string trigger) =>
        new(loopId, $$"""{"schema":"interviewloop.calibration/v1","loopId":"{{loopId}}"}""", position, 3, Sample.At("2026-02-19T10:00:00Z"), trigger);

    [Fact]
    public async Task Save_ThenFind_GivesTheReportBack_AndASecondSaveReplacesIt()
    {
        await _database.Calibrations.SaveAsync(Report(Sample.LoopId, 4, CalibrationTriggers.AllSubmitted));
        await _database.Calibrations.SaveAsync(Report(Sample.LoopId, 9, CalibrationTriggers.OnDemand));

        var found = await _temp.Open().Calibrations.FindAsync(Sample.LoopId);

        Assert.Equal(Report(Sample.LoopId, 9, CalibrationTriggers.OnDemand), found);
        Assert.Null(await _database.Calibrations.FindAsync("loop-none"));
        Assert.Equal(9, await _database.Calibrations.StoredLoopPositionAsync(Sample.LoopId));
        Assert.Null(await _database.Calibrations.StoredLoopPositionAsync("loop-none"));
    }

    [Theory]
    [InlineData("later", 4)]
    [InlineData(CalibrationTriggers.AllSubmitted, 0)]
    public async Task Save_WithAnUnknownTriggerOrNoPosition_IsRefusedAndWritesNothing(string trigger, long position)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _database.Calibrations.SaveAsync(Report(Sample.LoopId, position, trigger)));

        Assert.Null(await _database.Calibrations.FindAsync(Sample.LoopId));
    }

    [Fact]
    public async Task LoopPosition_IsTheNewestEventOfTheLoopsOwnStreams_NotOfALoopWhoseIdExtendsIt()
    {
        await _database.EventStore.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-18T09:00:00Z")));
        var own = await _database.EventStore.AppendAsync(Appends.Round("r1", 1, Appends.Rating("u-17", "scope", 3, "op-1")));
        var other = Sample.Plan() with { LoopId = Sample.LoopId + "0" };
        await _database.EventStore.AppendAsync(Appends.PlanLoop(other, Sample.At("2026-02-18T09:00:00Z")));

        Assert.Equal(own, await _database.Calibrations.LoopPositionAsync(Sample.LoopId));
        Assert.Equal(0, await _database.Calibrations.LoopPositionAsync("loop-none"));
    }

    [Fact]
    public async Task EventLog_ReadsEveryStreamInPositionOrder_InPagesUpToAPosition()
    {
        await _database.EventStore.AppendAsync(Appends.PlanLoop(Sample.Plan(), Sample.At("2026-02-18T09:00:00Z")));
        var last = await _database.EventStore.AppendAsync(Appends.Round("r1", 1, Appends.Rating("u-17", "scope", 3, "op-1")));

        var firstPage = await _database.EventLog.ReadAllAsync(0, last, 2);
        var rest = await _database.EventLog.ReadAllAsync(firstPage[^1].Position, last - 1, 100);
        var positions = firstPage.Concat(rest).Select(e => e.Position).ToArray();

        Assert.Equal(last, await _database.EventLog.LastPositionAsync());
        Assert.Equal(2, firstPage.Count);
        Assert.StartsWith("loop/", firstPage[0].StreamId);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(last - 1, positions[^1]);
        Assert.DoesNotContain(positions, p => p == last);
    }
}

public sealed class CalibrationReportStoreOnSqliteTests() : CalibrationReportStoreTests(new TempDatabase());

[Collection(PostgresSuites.Name)]
public sealed class CalibrationReportStoreOnPostgresTests(PostgresServer server) : CalibrationReportStoreTests(new PostgresTestDatabase(server));
