using System.Text.Json;

namespace InterviewLoop.Server.Wire;

/// <summary>
/// The wire names of an enum's values, encoded once: the snake_case names <see cref="WireFormat"/>'s enum
/// converter gives them (<c>strong_yes</c>, <c>reason_for_move</c>), for converters that write by hand.
/// </summary>
/// <typeparam name="T">The enum; its values are looked up by name, so any underlying values work.</typeparam>
internal sealed class WireEnumNames<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, JsonEncodedText> _names =
        Enum.GetValues<T>().ToDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString())));

    /// <summary>The encoded wire name of <paramref name="value"/>; throws <see cref="KeyNotFoundException"/> for a value the enum does not declare.</summary>
    public JsonEncodedText this[T value] => _names[value];
}
