using System.Globalization;
using System.Text.RegularExpressions;
using InterviewLoop.Calibration.Narrative.Numbers;

namespace InterviewLoop.Calibration.Narrative.Metrics;

/// <summary>
/// Puts amounts of money with a period on one yearly scale: "$30k monthly", "$360k a year" and
/// "$90k a quarter" are the same amount. The period applies to every amount in its clause ("from
/// $80k to $50k a month"); an amount without a period is compared as written.
/// </summary>
internal static partial class MoneyPeriods
{
    public static Quantity Annualize(string clause, Quantity money)
    {
        if (Period().Match(clause) is not { Success: true } period) return money;
        var factor = period.Value.Contains("month", StringComparison.Ordinal) || period.Value.EndsWith("mo", StringComparison.Ordinal) ? 12
            : period.Value.Contains("quarter", StringComparison.Ordinal) ? 4 : 1;
        if (factor == 1) return money;
        var yearly = string.Create(CultureInfo.InvariantCulture, $"{money.Text} ({money.Value * factor:#,0} a year)");
        return money with { Value = money.Value * factor, Low = money.Low * factor, High = money.High * factor, Text = yearly };
    }

    [GeneratedRegex(@"\b(?:(?:a|per|each|every)\s+(?:month|year|quarter|annum)|monthly|yearly|annually|annual|quarterly)\b|/\s?(?:month|mo|year|yr|quarter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Period();
}
