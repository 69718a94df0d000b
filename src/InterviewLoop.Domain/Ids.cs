namespace InterviewLoop.Domain;

/// <summary>Rules for ids of loops, rounds, candidates and users: 1..100 chars of letters, digits, '-', '_', '.'.</summary>
public static class Ids
{
    /// <summary>Longest id accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>True when <paramref name="id"/> follows the id rules.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Returns <paramref name="id"/> or throws <see cref="DomainException"/> (<c>id.invalid</c>) naming <paramref name="field"/>.</summary>
    public static string Require(string? id, string field) =>
        IsValid(id)
            ? id!
            : throw new DomainException("id.invalid", $"{field}: '{id}' is not an id (1..{MaxLength} letters, digits, '-', '_', '.')", field);
}
