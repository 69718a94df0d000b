using InterviewLoop.Grains.Hosting;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

/// <summary>A grain interface with a method no grain may have: it does not return a task.</summary>
public interface ISyncGrain : IGrainWithStringKey
{
    int Count();
}

public sealed class SyncGrain : Grain, ISyncGrain
{
    public int Count() => 1;
}

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> MaxConcurrency();

    Task Fail();
}

/// <summary>Counts calls and records whether two ever overlapped (they must not: one turn at a time).</summary>
public sealed class CounterGrain : Grain, ICounterGrain
{
    private static int _deactivations;
    private int _count;
    private int _inside;
    private int _maxInside;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken ct)
    {
        Interlocked.Increment(ref _deactivations);
        return Task.CompletedTask;
    }

    public static int Deactivations => Volatile.Read(ref _deactivations);

    public async Task<int> Increment()
    {
        _maxInside = Math.Max(_maxInside, ++_inside);
        var before = _count;
        await Task.Yield(); // give another call every chance to interleave
        _count = before + 1;
        _inside--;
        return _count;
    }

    public Task<int> MaxConcurrency() => Task.FromResult(_maxInside);

    public Task Fail() => throw new InvalidOperationException("boom");
}

[Collection("counter grain statics")]
public sealed class GrainHostTests
{
    private static GrainHost NewHost(ManualClock clock) =>
        new(new GrainCatalog().Add<ICounterGrain>(() => new CounterGrain()), new InMemoryEventStore(), clock, GrainFixture.ManualCollection);

    [Fact]
    public async Task Calls_ToOneGrainInParallel_RunOneTurnAtATimeAndKeepEveryIncrement()
    {
        await using var host = NewHost(new ManualClock());
        var grain = host.GetGrain<ICounterGrain>("c-1");

        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Task.Run(grain.Increment)));

        Assert.Equal(Enumerable.Range(1, 500), results.Order());
        Assert.Equal(1, await grain.MaxConcurrency());
    }

    [Fact]
    public async Task GetGrain_SameKeyTwice_ReachesOneActivation()
    {
        await using var host = NewHost(new ManualClock());

        await host.GetGrain<ICounterGrain>("same").Increment();
        var second = await host.GetGrain<ICounterGrain>("same").Increment();

        Assert.Equal(2, second);
        Assert.Equal(1, host.ActivationCount);
    }

    [Fact]
    public async Task CollectIdle_AfterIdleTimeout_DeactivatesOnceAndNextCallActivatesAnew()
    {
        var clock = new ManualClock();
        await using var host = NewHost(clock);
        var grain = host.GetGrain<ICounterGrain>("idle");
        await grain.Increment();
        var deactivationsBefore = CounterGrain.Deactivations;

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await host.CollectIdleAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await host.CollectIdleAsync());

        Assert.Equal(deactivationsBefore + 1, CounterGrain.Deactivations);
        Assert.Equal(0, host.ActivationCount);
        Assert.Equal(1, await grain.Increment()); // in-memory state only: a new activation starts over
    }

    [Fact]
    public async Task Call_WhenGrainMethodThrows_PropagatesAndActivationStaysUsable()
    {
        await using var host = NewHost(new ManualClock());
        var grain = host.GetGrain<ICounterGrain>("fails");

        await Assert.ThrowsAsync<InvalidOperationException>(grain.Fail);

        Assert.Equal(1, await grain.Increment());
    }

    [Fact]
    public async Task GetGrain_ForUnregisteredInterface_IsRefusedWithItsName()
    {
        await using var host = new GrainHost(new GrainCatalog(), new InMemoryEventStore(), new ManualClock(), GrainFixture.ManualCollection);

        var error = Assert.Throws<InvalidOperationException>(() => host.GetGrain<ICounterGrain>("x"));

        Assert.Contains(nameof(ICounterGrain), error.Message);
    }

    [Fact]
    public async Task Call_ToAMethodThatReturnsNoTask_IsRefusedEveryTime()
    {
        await using var host = new GrainHost(new GrainCatalog().Add<ISyncGrain>(() => new SyncGrain()), new InMemoryEventStore(), new ManualClock(), GrainFixture.ManualCollection);
        var grain = host.GetGrain<ISyncGrain>("s-1");

        var first = Assert.Throws<NotSupportedException>(() => grain.Count());
        var second = Assert.Throws<NotSupportedException>(() => grain.Count());

        Assert.Contains(nameof(ISyncGrain.Count), first.Message);
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public async Task Calls_ThroughManyProxiesOfOneGrain_ReturnTheirOwnTypedResults()
    {
        await using var host = NewHost(new ManualClock());

        // A new proxy per call, as the hub does; untyped (Task) and typed (Task<int>) methods share the dispatch cache.
        for (var i = 1; i <= 3; i++) Assert.Equal(i, await host.GetGrain<ICounterGrain>("many").Increment());
        await Assert.ThrowsAsync<InvalidOperationException>(host.GetGrain<ICounterGrain>("many").Fail);

        Assert.Equal(1, await host.GetGrain<ICounterGrain>("many").MaxConcurrency());
    }
}
