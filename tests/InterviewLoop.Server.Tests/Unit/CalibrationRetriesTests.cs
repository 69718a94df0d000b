using InterviewLoop.Server.Calibration;
using InterviewLoop.Server.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewLoop.Server.Tests.Unit;

/// <summary>A failed calibration is offered again after 1 s, doubling, at most 5 min apart, and given up after 8 tries.</summary>
public sealed class CalibrationRetriesTests
{
    private readonly TimerClock _clock = new();
    private readonly CalibrationQueue _queue = new();
    private readonly CalibrationRetries _retries;

    public CalibrationRetriesTests() => _retries = new CalibrationRetries(_queue, _clock, NullLogger<CalibrationRetries>.Instance);

    [Fact]
    public async Task Later_OffersTheLoopAgain_OnlyOnceItsBackoffHasPassed()
    {
        _retries.Later("loop-1", CancellationToken.None);

        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, _clock.Pending);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(["loop-1"], await TakeAsync());
    }

    [Fact]
    public async Task RepeatedFailures_DoubleTheBackoff_ThenGiveUp()
    {
        var waits = new List<TimeSpan?>();
        for (var attempt = 1; attempt <= CalibrationRetries.MaxAttempts; attempt++)
        {
            _retries.Later("loop-1", CancellationToken.None);
            waits.Add(await FireAsync());
        }
        _retries.Later("loop-1", CancellationToken.None);

        Assert.Equal(new[] { 1, 2, 4, 8, 16, 32, 64, 128 }.Select(s => (TimeSpan?)TimeSpan.FromSeconds(s)), waits);
        Assert.Equal(0, _clock.Pending);
    }

    [Fact]
    public async Task Succeeded_ForgetsEarlierFailures()
    {
        _retries.Later("loop-1", CancellationToken.None);
        await FireAsync();
        _retries.Later("loop-1", CancellationToken.None);
        await FireAsync();

        _retries.Succeeded("loop-1");
        _retries.Later("loop-1", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(1), await FireAsync());
    }

    [Fact]
    public void Later_WhenTheServerStops_NeverOffersTheLoop()
    {
        using var stopping = new CancellationTokenSource();
        _retries.Later("loop-1", stopping.Token);

        stopping.Cancel();

        Assert.Equal(0, _clock.Pending);
    }

    // Advances the clock to the pending backoff, waits for the loop to be offered, and returns the backoff.
    private async Task<TimeSpan?> FireAsync()
    {
        var due = _clock.NextDueIn;
        if (due is { } wait) _clock.Advance(wait);
        Assert.Equal(["loop-1"], await TakeAsync());
        return due;
    }

    private async Task<IReadOnlyList<string>> TakeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _queue.TakeAllAsync(timeout.Token);
    }
}
