using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Hosting;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>Unused for longer than <see cref="GrainHostOptions.IdleTimeout"/>.</summary>
    Idle,

    /// <summary>Asked for explicitly (tests, tools).</summary>
    Requested,

    /// <summary>The host is shutting down.</summary>
    HostShutdown,
}

/// <summary>What an activation is given by its host: its key and the services grains share.</summary>
/// <param name="Key">The grain's key.</param>
/// <param name="Factory">For calling other grains.</param>
/// <param name="Store">The event store grains persist to.</param>
/// <param name="Clock">The clock; tests pass a fake one.</param>
public sealed record GrainContext(string Key, IGrainFactory Factory, IEventStore Store, TimeProvider Clock);

/// <summary>
/// Base class of grain implementations, shaped like Orleans' <c>Grain</c>: the host creates one
/// activation per key on first call, runs <see cref="OnActivateAsync"/> once before any call, and
/// runs calls one at a time (a turn each), so grain code needs no locks.
/// </summary>
public abstract class Grain
{
    private GrainContext? _context;

    /// <summary>The activation's context; set by the host before <see cref="OnActivateAsync"/>.</summary>
    protected GrainContext Context => _context ?? throw new InvalidOperationException("Grain is not activated.");

    /// <summary>The grain's key.</summary>
    protected string GrainKey => Context.Key;

    /// <summary>For calls to other grains. Calls must not form a cycle back to this grain (turns are not reentrant).</summary>
    protected IGrainFactory GrainFactory => Context.Factory;

    /// <summary>Runs once per activation, inside the first turn, before any grain method.</summary>
    public virtual Task OnActivateAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Runs once when the activation is collected, inside a turn, after the last call.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken ct) => Task.CompletedTask;

    internal void Bind(GrainContext context) => _context = context;
}
