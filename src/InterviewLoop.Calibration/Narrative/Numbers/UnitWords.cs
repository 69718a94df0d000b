namespace InterviewLoop.Calibration.Narrative.Numbers;

/// <summary>How unit words, scale suffixes and hedges turn into a <see cref="Quantity"/>.</summary>
internal static class UnitWords
{
    // After "5m", these nouns make the m a million; otherwise "15m" is fifteen minutes.
    private static readonly string[] Countables =
    [
        "users", "customers", "requests", "events", "rows", "records", "accounts", "messages", "transactions", "orders",
        "dollars", "revenue", "arr", "downloads", "subscribers", "devices", "visits", "views", "calls", "emails",
        "notifications", "payments", "jobs", "merchants", "members", "items", "documents", "files", "a year", "per year",
    ];

    public static bool IsMoney(string unit) => unit is "dollar" or "dollars" or "euro" or "euros" or "pound" or "pounds" or "usd" or "eur" or "gbp";

    public static (double Scale, bool Minutes) Scale(string scale, bool money, string after) => scale switch
    {
        "k" or "thousand" => (1e3, false),
        "mm" or "million" => (1e6, false),
        "bn" or "billion" => (1e9, false),
        "m" => money || Countables.Any(c => after.TrimStart().StartsWith(c, StringComparison.Ordinal)) ? (1e6, false) : (1, true),
        "b" => (1e9, false),
        _ => (1, false),
    };

    public static QuantityUnit? Family(string unit, bool money, bool minutes)
    {
        if (money) return QuantityUnit.Money;
        if (minutes || Durations.Of(unit) is not null) return QuantityUnit.Seconds;
        return unit switch
        {
            "%" or "percent" or "per cent" or "pct" => QuantityUnit.Percent,
            "pp" => QuantityUnit.Points,
            _ when unit.StartsWith("percentage point", StringComparison.Ordinal) => QuantityUnit.Points,
            "gb" or "tb" or "pb" or "mb" => QuantityUnit.Bytes,
            "x" => QuantityUnit.Multiplier,
            _ => QuantityUnit.Count,
        };
    }

    public static double BaseFactor(string unit) => Durations.Of(unit) ?? unit switch
    {
        "mb" => 1e6,
        "gb" => 1e9,
        "tb" => 1e12,
        "pb" => 1e15,
        _ => 1,
    };

    /// <summary>A bare 2019 before a date word or at the end is a year, not a count.</summary>
    public static bool LooksLikeYear(double first, double? second, string after) =>
        first is >= 1990 and <= 2039 && first == Math.Floor(first) && (second is null or <= 12 or (>= 1990 and <= 2039))
        && !Countables.Any(c => after.TrimStart().StartsWith(c, StringComparison.Ordinal));

    public static QuantityBound BoundOf(string hedge, bool plus)
    {
        var words = hedge.Replace("~", "", StringComparison.Ordinal).Replace("≈", "", StringComparison.Ordinal).Trim();
        if (plus) return QuantityBound.AtLeast;
        return words switch
        {
            "over" or "more than" or "upwards of" or "at least" or "north of" or "above" or "just over" => QuantityBound.AtLeast,
            "under" or "less than" or "fewer than" or "up to" or "below" or "nearly" or "almost" or "just under" or "just shy of" => QuantityBound.AtMost,
            "" => hedge.Length > 0 ? QuantityBound.About : QuantityBound.Exact,
            _ => QuantityBound.About,
        };
    }

    /// <summary>Bounds as a range: "over 1,000" is [1000, ∞); "nearly 40" is [34, 40]; "under 50" is [0, 50].</summary>
    public static (double Low, double High) Widen(QuantityBound bound, string hedge, double low, double high)
    {
        var near = hedge.Trim() is "nearly" or "almost" or "just under" or "just shy of" or "just over";
        return bound switch
        {
            QuantityBound.AtLeast => (low, near ? high * 1.15 : double.PositiveInfinity),
            QuantityBound.AtMost => (near ? low * 0.85 : 0, high),
            _ => (low, high),
        };
    }
}
