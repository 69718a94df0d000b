namespace InterviewLoop.Interchange;

/// <summary>The <c>schema</c> values that name each exchange document and its version.</summary>
public static class DocumentSchemas
{
    /// <summary>A loop document, input (<c>interviewloop.loop/v1</c>).</summary>
    public const string Loop = "interviewloop.loop/v1";

    /// <summary>A calibration report, output (<c>interviewloop.calibration/v1</c>).</summary>
    public const string Calibration = "interviewloop.calibration/v1";

    /// <summary>A rater report, output (<c>interviewloop.raters/v1</c>).</summary>
    public const string Raters = "interviewloop.raters/v1";
}
