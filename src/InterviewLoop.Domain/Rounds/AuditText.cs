namespace InterviewLoop.Domain.Rounds;

/// <summary>Rules for the words kept in a scorecard's audit trail: reasons and coherence warnings.</summary>
public static class AuditText
{
    /// <summary>Longest reason accepted, in characters.</summary>
    public const int MaxReasonLength = 2_000;

    /// <summary>Most coherence warnings kept with one submit.</summary>
    public const int MaxWarnings = 50;

    /// <summary>Longest warning code kept, in characters.</summary>
    public const int MaxWarningLength = 200;

    /// <summary>The trimmed reason; throws <see cref="DomainException"/> (<c>reason.invalid</c>) naming <paramref name="field"/> when blank or too long.</summary>
    public static string RequireReason(string? reason, string field)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new DomainException("reason.invalid", $"{field}: say why, in a few words", field);
        if (trimmed.Length > MaxReasonLength)
            throw new DomainException("reason.invalid", $"{field}: {trimmed.Length} characters is over {MaxReasonLength}", field);
        return trimmed;
    }

    /// <summary>The warnings, or <c>null</c> when there are none; throws <see cref="DomainException"/> (<c>warnings.invalid</c>) when too many or too long.</summary>
    public static IReadOnlyList<string>? RequireWarnings(IReadOnlyList<string>? warnings)
    {
        if (warnings is not { Count: > 0 }) return null;
        if (warnings.Count > MaxWarnings || warnings.Any(w => string.IsNullOrWhiteSpace(w) || w.Length > MaxWarningLength))
            throw new DomainException("warnings.invalid", $"warnings: up to {MaxWarnings} codes of 1..{MaxWarningLength} characters", "warnings");
        return warnings;
    }
}
