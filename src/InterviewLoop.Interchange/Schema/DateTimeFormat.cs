using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// The <c>date-time</c> format: an RFC 3339 timestamp with a zone (<c>2026-11-02T15:00:00Z</c>,
/// <c>2026-11-02T16:00:00.5+01:00</c>) that is also a real calendar moment (no 31 November).
/// </summary>
internal static partial class DateTimeFormat
{
    public const string Name = "date-time";

    public static bool IsValid(string text) =>
        Rfc3339().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
