namespace InterviewLoop.Grains.Hosting;

/// <summary>Collection: idle, requested and shutdown deactivations, each inside the activation's turn.</summary>
public sealed partial class GrainHost
{
    /// <summary>Deactivates every activation unused for at least <see cref="GrainHostOptions.IdleTimeout"/>; returns how many.</summary>
    public async Task<int> CollectIdleAsync()
    {
        var cutoff = _clock.GetUtcNow() - _options.IdleTimeout;
        var count = 0;
        foreach (var (id, activation) in _activations.ToArray())
        {
            // A busy activation is not idle; skip rather than wait behind its caller.
            if (activation.LastUsed > cutoff || !activation.TryEnterTurn()) continue;
            try { count += await DeactivateInTurnAsync(id, activation, DeactivationReason.Idle) ? 1 : 0; }
            finally { activation.ExitTurn(); }
        }
        return count;
    }

    /// <summary>Deactivates the activation of <typeparamref name="TGrain"/> with <paramref name="key"/>, if live, after its current turn.</summary>
    public async Task DeactivateAsync<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        if (!_activations.TryGetValue((typeof(TGrain), key), out var activation)) return;
        await activation.EnterTurnAsync(CancellationToken.None);
        try { await DeactivateInTurnAsync((typeof(TGrain), key), activation, DeactivationReason.Requested); }
        finally { activation.ExitTurn(); }
    }

    /// <summary>Stops the collector and deactivates every activation.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_collector is not null) await _collector.DisposeAsync();
        foreach (var (id, activation) in _activations.ToArray())
        {
            await activation.EnterTurnAsync(CancellationToken.None);
            try { await DeactivateInTurnAsync(id, activation, DeactivationReason.HostShutdown); }
            finally { activation.ExitTurn(); }
        }
    }

    private async Task<bool> DeactivateInTurnAsync((Type, string) id, Activation activation, DeactivationReason reason)
    {
        if (activation.IsDeactivated) return false;
        activation.IsDeactivated = true;
        _activations.TryRemove(new KeyValuePair<(Type, string), Activation>(id, activation));
        if (activation.IsActivated) await activation.Grain.OnDeactivateAsync(reason, CancellationToken.None);
        return true;
    }
}
