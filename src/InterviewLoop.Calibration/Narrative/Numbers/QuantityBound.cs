namespace InterviewLoop.Calibration.Narrative.Numbers;

/// <summary>How a number was stated: exactly, approximately, or as a bound.</summary>
internal enum QuantityBound
{
    /// <summary>"40%", "1,200".</summary>
    Exact,

    /// <summary>"~40%", "roughly forty percent", "10-12".</summary>
    About,

    /// <summary>"over 1,000", "1k+".</summary>
    AtLeast,

    /// <summary>"under 50 ms", "nearly 40%".</summary>
    AtMost,
}
