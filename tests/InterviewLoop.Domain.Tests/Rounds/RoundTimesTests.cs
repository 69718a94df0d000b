using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Domain.Tests.Rounds;

public sealed class RoundTimesTests
{
    private static readonly DateTimeOffset Scheduled = new(2026, 11, 5, 17, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Fact]
    public void EndsAt_PrefersTheRecordedEnd_ThenTheActualStart_ThenTheSchedule()
    {
        var started = Scheduled.AddMinutes(7);

        Assert.Equal(Scheduled.AddMinutes(30), new RoundTimes(Scheduled, started, Scheduled.AddMinutes(30), 60).EndsAt);
        Assert.Equal(started.AddMinutes(60), new RoundTimes(Scheduled, started, null, 60).EndsAt);
        Assert.Equal(Scheduled.AddMinutes(60), new RoundTimes(Scheduled, null, null, 60).EndsAt);
        Assert.Null(new RoundTimes(null, null, null, 60).EndsAt);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void IsFeedbackOverdue_FromTheEndPlusTheGrace(int secondsFromDue, bool overdue)
    {
        var times = new RoundTimes(Scheduled, null, null, 60);
        var now = Scheduled.AddMinutes(60).Add(Day).AddSeconds(secondsFromDue);

        Assert.Equal(overdue, times.IsFeedbackOverdue(now, Day));
    }

    [Fact]
    public void IsFeedbackOverdue_WithoutAnyTime_IsFalse() =>
        Assert.False(new RoundTimes(null, null, null, 45).IsFeedbackOverdue(DateTimeOffset.MaxValue, Day));
}
