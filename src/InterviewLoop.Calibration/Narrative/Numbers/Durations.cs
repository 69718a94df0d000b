namespace InterviewLoop.Calibration.Narrative.Numbers;

/// <summary>Seconds per unit of time, with calendar averages for months and years.</summary>
internal static class Durations
{
    public const double Minute = 60;
    public const double Hour = 3600;
    public const double Day = 86_400;
    public const double Week = 7 * Day;
    public const double Year = 365.25 * Day;
    public const double Month = Year / 12;

    /// <summary>Seconds in one <paramref name="unit"/> ("ms", "minutes", "yrs"...), or <c>null</c> when it is not a time unit.</summary>
    public static double? Of(string unit) => unit switch
    {
        "ms" or "millis" or "millisecond" or "milliseconds" => 0.001,
        "s" or "sec" or "secs" or "second" or "seconds" => 1,
        "min" or "mins" or "minute" or "minutes" => Minute,
        "h" or "hr" or "hrs" or "hour" or "hours" => Hour,
        "day" or "days" => Day,
        "week" or "weeks" or "wk" or "wks" => Week,
        "month" or "months" or "mo" or "mos" => Month,
        "year" or "years" or "yr" or "yrs" => Year,
        _ => null,
    };
}
