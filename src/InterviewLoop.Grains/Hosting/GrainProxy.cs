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

    private GrainHost? _host;
    private Type? _interface;
    private string _key = "";

    internal void Bind(GrainHost host, Type grainInterface, string key) => (_host, _interface, _key) = (host, grainInterface, key);

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.ReturnType == typeof(Task))
            return InvokeTyped<bool>(targetMethod, args, untyped: true);
        if (!targetMethod.ReturnType.IsGenericType || targetMethod.ReturnType.GetGenericTypeDefinition() != typeof(Task<>))
            throw new NotSupportedException($"Grain method {targetMethod.Name} must return Task or Task<T>.");
        return TypedInvoke.MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0])
            .Invoke(this, BindingFlags.DoNotWrapExceptions, null, [targetMethod, args, false], null);
    }

    private Task<T> InvokeTyped<T>(MethodInfo method, object?[]? args, bool untyped) =>
        _host!.InvokeAsync(_interface!, _key, async grain =>
        {
            var task = (Task)method.Invoke(grain, BindingFlags.DoNotWrapExceptions, null, args, null)!;
            await task;
            return untyped ? default! : ((Task<T>)task).Result;
        });
}
