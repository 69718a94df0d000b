namespace InterviewLoop.Grains.Hosting;

/// <summary>
/// Call metadata that travels with a call into a grain, and on into the calls and observer notifications
/// that grain makes during the turn, as Orleans' <c>RequestContext</c> does (same <c>Set</c>/<c>Get</c>/
/// <c>Remove</c> shape, so the move to Orleans is a change of namespace). Our host runs a turn in the
/// caller's async flow, so the values live in an <see cref="AsyncLocal{T}"/>: a value set inside an
/// <c>async</c> method is gone again for its caller once that method returns, and concurrent calls never
/// see each other's values. Use it for facts about the call (which page sent it), never for grain state.
/// </summary>
public static class RequestContext
{
    // Copy on write: a flow that forked earlier keeps the array it captured, unchanged. A call carries one
    // or two values, so an array is searched faster than a dictionary is built, and every live edit sets one.
    private static readonly AsyncLocal<KeyValuePair<string, object>[]?> Values = new();

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> for the rest of the current async flow.</summary>
    public static void Set(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var values = Values.Value ?? [];
        var at = IndexOf(values, key);
        var next = new KeyValuePair<string, object>[at < 0 ? values.Length + 1 : values.Length];
        values.CopyTo(next, 0);
        next[at < 0 ? values.Length : at] = new(key, value);
        Values.Value = next;
    }

    /// <summary>The value of <paramref name="key"/> in the current async flow, or null when none was set.</summary>
    public static object? Get(string key)
    {
        var values = Values.Value;
        if (values is null) return null;
        var at = IndexOf(values, key);
        return at < 0 ? null : values[at].Value;
    }

    /// <summary>Removes <paramref name="key"/> from the current async flow; false when it was not set.</summary>
    public static bool Remove(string key)
    {
        if (Values.Value is not { } values) return false;
        var at = IndexOf(values, key);
        if (at < 0) return false;
        Values.Value = values.Length == 1 ? null : [.. values[..at], .. values[(at + 1)..]];
        return true;
    }

    private static int IndexOf(KeyValuePair<string, object>[] values, string key)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (string.Equals(values[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
