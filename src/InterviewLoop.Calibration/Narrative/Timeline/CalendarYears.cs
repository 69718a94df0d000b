namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>Dates as fractional calendar years (2023.5 ≈ 1 July 2023), the unit timeline intervals use.</summary>
internal static class CalendarYears
{
    /// <summary>Reference date when a round has none: comparisons stay consistent among undated rounds.</summary>
    public static readonly DateTimeOffset Undated = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static double Of(DateTimeOffset date)
    {
        var start = new DateTimeOffset(date.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var days = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        return date.Year + (date.UtcDateTime - start.UtcDateTime).TotalDays / days;
    }

    /// <summary>The part of a year month <paramref name="month"/> (1..12) covers, as fractions (3 → 2/12..3/12).</summary>
    public static (double From, double To) OfMonth(int month) => ((month - 1) / 12.0, month / 12.0);

    /// <summary>The year of the most recent <paramref name="month"/> (1..12) on or before <paramref name="date"/>.</summary>
    public static int YearOfLatest(int month, DateTimeOffset date) => month <= date.Month ? date.Year : date.Year - 1;
}
