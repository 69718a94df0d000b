using System.Globalization;

namespace InterviewLoop.Calibration.Narrative.Numbers;

/// <summary>A number with its unit, as found in a clause.</summary>
/// <param name="Value">The value in base units (a range's midpoint).</param>
/// <param name="Low">Lowest value the words allow.</param>
/// <param name="High">Highest value the words allow.</param>
/// <param name="Unit">The unit family.</param>
/// <param name="Bound">How it was stated.</param>
/// <param name="Start">Offset in the normalised clause.</param>
/// <param name="End">Offset just past the number and its unit.</param>
/// <param name="Text">The words as they read after normalisation (e.g. <c>~1.2k</c>).</param>
internal sealed record Quantity(double Value, double Low, double High, QuantityUnit Unit, QuantityBound Bound, int Start, int End, string Text)
{
    /// <summary>Relative tolerance for exact figures: 1,200 and 1,150 agree; 6 and 12 do not.</summary>
    public const double ExactTolerance = 0.10;

    /// <summary>Relative tolerance when either side is approximate ("about", "roughly", a range).</summary>
    public const double HedgedTolerance = 0.20;

    /// <summary>
    /// True when the two could describe the same figure: the gap between their ranges is at most the
    /// tolerance times the larger finite end ("over 1,000" agrees with 1,200; 6 engineers does not
    /// agree with 7, but "about 6" does).
    /// </summary>
    public bool Agrees(Quantity other)
    {
        var hedged = Bound != QuantityBound.Exact || other.Bound != QuantityBound.Exact || Low != High || other.Low != other.High;
        var gap = Math.Max(0, Math.Max(Low, other.Low) - Math.Min(High, other.High));
        var scale = new[] { Low, High, other.Low, other.High }.Where(double.IsFinite).Select(Math.Abs).Max();
        return gap <= (hedged ? HedgedTolerance : ExactTolerance) * scale;
    }

    /// <summary>The figure as read: "~40%", "1,200", "300 ms", "$2,000,000".</summary>
    public string Display => Unit switch
    {
        QuantityUnit.Percent => $"{Prefix}{Number(Value)}%",
        QuantityUnit.Points => $"{Prefix}{Number(Value)} points",
        QuantityUnit.Seconds => $"{Prefix}{Duration(Value)}",
        QuantityUnit.Money => Text,
        QuantityUnit.Bytes => $"{Prefix}{Number(Value / 1e9)} GB",
        QuantityUnit.Multiplier => $"{Prefix}{Number(Value)}x",
        _ => $"{Prefix}{Number(Value)}",
    };

    private string Prefix => Bound switch
    {
        QuantityBound.About => "~",
        QuantityBound.AtLeast => "over ",
        QuantityBound.AtMost => "under ",
        _ => "",
    };

    private static string Number(double value) => value.ToString(value >= 1000 ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);

    private static string Duration(double seconds) => seconds switch
    {
        < 1 => $"{Number(seconds * 1000)} ms",
        < 120 => $"{Number(seconds)} s",
        < 7200 => $"{Number(seconds / 60)} min",
        < 172800 => $"{Number(seconds / 3600)} h",
        < 5_259_600 => $"{Number(seconds / 86400)} days",
        _ => $"{Number(seconds / Durations.Month)} months",
    };
}
