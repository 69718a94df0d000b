namespace InterviewLoop.Calibration.Narrative.Numbers;

/// <summary>What a quantity measures, in base units: counts, percent, money (as written), seconds, bytes.</summary>
internal enum QuantityUnit
{
    /// <summary>A plain count (engineers, users, services).</summary>
    Count,

    /// <summary>A percentage (40 means 40%).</summary>
    Percent,

    /// <summary>Percentage points: an absolute difference of two percentages ("down two points").</summary>
    Points,

    /// <summary>An amount of money in the currency written (no conversion).</summary>
    Money,

    /// <summary>A duration in seconds.</summary>
    Seconds,

    /// <summary>A data volume in bytes.</summary>
    Bytes,

    /// <summary>A factor ("3x faster").</summary>
    Multiplier,
}
