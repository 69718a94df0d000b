using System.Reflection;
using System.Collections.Concurrent;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Hosting;

/// <summary>
/// An in-process grain host shaped like an Orleans silo: one activation per (interface, key),
/// created on the first call, activated once, called one turn at a time, and collected after
/// <see cref="GrainHostOptions.IdleTimeout"/> without calls. It gives no guarantee across
/// processes: two hosts may each hold an activation of the same key, and the event store's
/// optimistic concurrency is what keeps their writes from overwriting each other.
/// </summary>
public sealed partial class GrainHost : IGrainFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<(Type Interface, string Key), Activation> _activations = new();
    private readonly GrainCatalog _catalog;
    private readonly IEventStore _store;
    private readonly TimeProvider _clock;
    private readonly GrainHostOptions _options;
    private readonly ITimer? _collector;

    /// <summary>Creates a host; its idle collector runs every <see cref="GrainHostOptions.CollectionInterval"/>.</summary>
    public GrainHost(GrainCatalog catalog, IEventStore store, TimeProvider clock, GrainHostOptions? options = null)
    {
        (_catalog, _store, _clock, _options) = (catalog, store, clock, options ?? new GrainHostOptions());
        if (_options.CollectionInterval != Timeout.InfiniteTimeSpan)
            _collector = clock.CreateTimer(_ => _ = CollectIdleAsync(), null, _options.CollectionInterval, _options.CollectionInterval);
    }

    /// <summary>How many activations are live now.</summary>
    public int ActivationCount => _activations.Count;

    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        if (!_catalog.Knows(typeof(TGrain))) throw new InvalidOperationException($"No grain class is registered for {typeof(TGrain).Name}.");
        var proxy = DispatchProxy.Create<TGrain, GrainProxy>();
        ((GrainProxy)(object)proxy).Bind(this, typeof(TGrain), key);
        return proxy;
    }

    internal async Task<T> InvokeAsync<T>(Type grainInterface, string key, Func<Grain, Task<T>> call)
    {
        while (true)
        {
            var activation = _activations.GetOrAdd((grainInterface, key), static (id, host) => host.NewActivation(id), this);
            await activation.EnterTurnAsync(CancellationToken.None);
            try
            {
                // Collected between lookup and turn: go round again for a fresh activation.
                if (activation.IsDeactivated) continue;
                await EnsureActivatedAsync((grainInterface, key), activation);
                activation.LastUsed = _clock.GetUtcNow();
                return await call(activation.Grain);
            }
            finally { activation.ExitTurn(); }
        }
    }

    private Activation NewActivation((Type Interface, string Key) id)
    {
        var grain = _catalog.Create(id.Interface);
        grain.Bind(new GrainContext(id.Key, this, _store, _clock));
        return new Activation(grain, _clock.GetUtcNow());
    }

    private async Task EnsureActivatedAsync((Type, string) id, Activation activation)
    {
        if (activation.IsActivated) return;
        try
        {
            await activation.Grain.OnActivateAsync(CancellationToken.None);
            activation.IsActivated = true;
        }
        catch
        {
            // A failed activation must not linger: the next call starts a new one.
            activation.IsDeactivated = true;
            _activations.TryRemove(new KeyValuePair<(Type, string), Activation>(id, activation));
            throw;
        }
    }
}
