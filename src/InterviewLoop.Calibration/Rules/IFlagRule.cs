namespace InterviewLoop.Calibration.Rules;

/// <summary>One kind of finding; pure and deterministic, yielding flags in loop order.</summary>
internal interface IFlagRule
{
    IEnumerable<Flag> Find(CalibrationContext context);
}
