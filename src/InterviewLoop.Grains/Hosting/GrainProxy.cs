using System.Collections.Concurrent;
using System.Reflection;

namespace InterviewLoop.Grains.Hosting;

/// <summary>
/// The reference a caller holds: every interface call becomes a turn on the activation for
/// (interface, key). Plays the part of Orleans' generated grain references.
/// </summary>
public class GrainProxy : DispatchProxy
{
    private static readonly MethodInfo TypedInvoke =
        typeof(GrainProxy).GetMethod(nameof(InvokeTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;

    // One dispatcher per interface method, built on its first call: every live edit comes through here, and
    // closing the generic method and invoking it by reflection on each call cost arrays and time.
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainProxy, MethodInfo, object?[]?, object>> Dispatchers = new();

    private GrainHost? _host;
    private Type? _interface;
    private string _key = "";

    internal void Bind(GrainHost host, Type grainInterface, string key) => (_host, _interface, _key) = (host, grainInterface, key);

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return Dispatchers.GetOrAdd(targetMethod, DispatcherFor)(this, targetMethod, args);
    }

    /// <exception cref="NotSupportedException">The method returns neither <see cref="Task"/> nor <see cref="Task{T}"/> (nothing is cached).</exception>
    private static Func<GrainProxy, MethodInfo, object?[]?, object> DispatcherFor(MethodInfo method)
    {
        var returns = method.ReturnType;
        if (returns == typeof(Task)) return static (proxy, m, args) => proxy.InvokeTyped<bool>(m, args, untyped: true);
        if (!returns.IsGenericType || returns.GetGenericTypeDefinition() != typeof(Task<>))
            throw new NotSupportedException($"Grain method {method.Name} must return Task or Task<T>.");
        var typed = TypedInvoke.MakeGenericMethod(returns.GetGenericArguments()[0])
            .CreateDelegate<Func<GrainProxy, MethodInfo, object?[]?, bool, object>>();
        return (proxy, m, args) => typed(proxy, m, args, false);
    }

    // A typed method's task is handed on as it is; only an untyped Task needs a wrapper to give a result.
    private Task<T> InvokeTyped<T>(MethodInfo method, object?[]? args, bool untyped) =>
        untyped
            ? _host!.InvokeAsync(_interface!, _key, async grain =>
            {
                await Call(grain, method, args);
                return default(T)!;
            })
            : _host!.InvokeAsync(_interface!, _key, grain => (Task<T>)Call(grain, method, args));

    private static Task Call(Grain grain, MethodInfo method, object?[]? args) =>
        (Task)method.Invoke(grain, BindingFlags.DoNotWrapExceptions, null, args, null)!;
}
