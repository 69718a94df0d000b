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
    private static readonly AsyncLocal<Dictionary<string, object>?> Values = new();

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> for the rest of the current async flow.</summary>
    public static void Set(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        // Copy on write: a flow that forked earlier keeps the dictionary it captured, unchanged.
        Values.Value = new Dictionary<string, object>(Values.Value ?? [], StringComparer.Ordinal) { [key] = value };
    }

    /// <summary>The value of <paramref name="key"/> in the current async flow, or null when none was set.</summary>
    public static object? Get(string key) => Values.Value?.GetValueOrDefault(key);

    /// <summary>Removes <paramref name="key"/> from the current async flow; false when it was not set.</summary>
    public static bool Remove(string key)
    {
        if (Values.Value is not { } values || !values.ContainsKey(key)) return false;
        var left = new Dictionary<string, object>(values, StringComparer.Ordinal);
        left.Remove(key);
        Values.Value = left.Count == 0 ? null : left;
        return true;
    }
}
