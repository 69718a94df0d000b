using InterviewLoop.Calibration;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Interchange;
using InterviewLoop.Persistence;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Calibration;

/// <summary>A loop completed while no server watched (another process, or a crash before its report) is calibrated at the next start.</summary>
public sealed class CalibrationCatchUpTests : ServerTest
{
    [Fact]
    public async Task Start_CalibratesACompleteLoopThatHasNoStoredReport()
    {
        await Server.DisposeAsync();
        using (var database = InterviewLoopDatabase.Open(new DatabaseOptions { Path = DatabasePath }))
        await using (var host = InterviewLoopGrains.CreateHost(database.EventStore, new LoopCalibrator(), NullRoundObserver.Instance, TimeProvider.System))
        {
            var loop = LoopDocumentReader.Read(CompleteLoops.WithHarshMarcus("loop-offline", 1, 4));
            await host.GetGrain<ILoopGrain>(loop.LoopId).Create(loop);
        }

        await using var again = await RunningServer.StartAsync(DatabasePath);
        var casey = again.NewClient();
        await casey.SignInAsync("casey");
        var latest = await StoredCalibrations.WaitForAsync(casey, "loop-offline");

        Assert.Equal("all_submitted", latest.GetProperty("trigger").GetString());
        Assert.False(latest.GetProperty("stale").GetBoolean());
        Assert.Equal(21, latest.GetProperty("summary").GetProperty("ratings").GetInt32());
    }
}
