using System.Globalization;
using System.Text;

namespace InterviewLoop.Domain;

/// <summary>
/// Converts enum members to and from the snake_case names the loop-document contract uses
/// (<c>StrongYes</c> ⇄ <c>strong_yes</c>, <c>RecruiterScreen</c> ⇄ <c>recruiter_screen</c>).
/// </summary>
public static class WireNames
{
    /// <summary>The snake_case wire name of <paramref name="value"/>.</summary>
    public static string ToWire<TEnum>(this TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLower(name[i], CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Parses a snake_case wire name; <c>false</c> for anything not a member's name.</summary>
    public static bool TryParse<TEnum>(string? wire, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>All wire names of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => v.ToWire()).ToArray();
}
