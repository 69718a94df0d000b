using System.Globalization;

namespace InterviewLoop.Domain.Levels;

/// <summary>
/// An engineering level <c>L1</c>..<c>L8</c> (rank 1..8). What each level means comes from a
/// <see cref="LevelMap"/>; the default is seed 001's map.
/// </summary>
public readonly record struct Level : IComparable<Level>
{
    /// <summary>Lowest rank (L1).</summary>
    public const int MinRank = 1;

    /// <summary>Highest rank (L8).</summary>
    public const int MaxRank = 8;

    private Level(int rank) => Rank = rank;

    /// <summary>The level's rank, 1..8.</summary>
    public int Rank { get; }

    /// <summary>Creates a level from its rank; throws <see cref="DomainException"/> outside 1..8.</summary>
    public static Level FromRank(int rank) =>
        rank is >= MinRank and <= MaxRank
            ? new Level(rank)
            : throw new DomainException("level.out_of_range", $"level rank {rank} is outside {MinRank}..{MaxRank}");

    /// <summary>Parses <c>L1</c>..<c>L8</c> (case-sensitive, as in the contract).</summary>
    public static bool TryParse(string? text, out Level level)
    {
        level = default;
        if (text is not { Length: 2 } || text[0] != 'L') return false;
        if (!int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var rank)) return false;
        if (rank is < MinRank or > MaxRank) return false;
        level = new Level(rank);
        return true;
    }

    /// <summary>Parses <c>L1</c>..<c>L8</c> or throws <see cref="DomainException"/> (<c>level.invalid</c>) naming <paramref name="field"/>.</summary>
    public static Level Parse(string text, string field) =>
        TryParse(text, out var level)
            ? level
            : throw new DomainException("level.invalid", $"{field}: '{text}' is not a level L1..L8", field);

    /// <inheritdoc />
    public int CompareTo(Level other) => Rank.CompareTo(other.Rank);

    /// <summary>Compares by rank.</summary>
    public static bool operator <(Level left, Level right) => left.Rank < right.Rank;

    /// <summary>Compares by rank.</summary>
    public static bool operator >(Level left, Level right) => left.Rank > right.Rank;

    /// <summary>Compares by rank.</summary>
    public static bool operator <=(Level left, Level right) => left.Rank <= right.Rank;

    /// <summary>Compares by rank.</summary>
    public static bool operator >=(Level left, Level right) => left.Rank >= right.Rank;

    /// <summary>The wire form, <c>L1</c>..<c>L8</c>.</summary>
    public override string ToString() => Rank == 0 ? "L?" : $"L{Rank.ToString(CultureInfo.InvariantCulture)}";
}
