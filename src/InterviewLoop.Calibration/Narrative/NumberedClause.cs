using InterviewLoop.Calibration.Narrative.Numbers;

namespace InterviewLoop.Calibration.Narrative;

/// <summary>
/// One clause of a lower-cased sentence (<see cref="CardText.Clauses"/>) with its numbers written as
/// digits (<see cref="NumberWords"/>) and the quantities found in it (<see cref="QuantityParser"/>).
/// The metric and timeline readers both need this for every clause; reading it once per sentence
/// halves the calibrator's most expensive work.
/// </summary>
/// <param name="Start">Offset of the clause in the sentence.</param>
/// <param name="End">Offset just past the clause.</param>
/// <param name="Normalized">The clause with spelled-out numbers as digits (offsets differ from the sentence's).</param>
/// <param name="Quantities">Numbers with units in <paramref name="Normalized"/>, in order.</param>
internal sealed record NumberedClause(int Start, int End, string Normalized, IReadOnlyList<Quantity> Quantities)
{
    /// <summary>Every clause of <paramref name="lower"/>, in order.</summary>
    public static IReadOnlyList<NumberedClause> Of(string lower) =>
        CardText.Clauses(lower).Select(c =>
        {
            var normalized = NumberWords.Normalize(lower[c.Start..c.End]);
            return new NumberedClause(c.Start, c.End, normalized, QuantityParser.In(normalized));
        }).ToArray();
}
