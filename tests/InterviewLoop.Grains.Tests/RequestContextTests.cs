using InterviewLoop.Grains.Hosting;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Grains.Tests;

public interface IOriginGrain : IGrainWithStringKey
{
    /// <summary>Waits <paramref name="delayMs"/> inside the turn, then reads <paramref name="key"/> from the request context.</summary>
    Task<string?> Read(string key, int delayMs);
}

public sealed class OriginGrain : Grain, IOriginGrain
{
    public async Task<string?> Read(string key, int delayMs)
    {
        await Task.Delay(delayMs);
        return RequestContext.Get(key) as string;
    }
}

public sealed class RequestContextTests
{
    private const string Key = "origin";

    private static GrainHost NewHost() =>
        new(new GrainCatalog().Add<IOriginGrain>(() => new OriginGrain()), new InMemoryEventStore(), new ManualClock(), GrainFixture.ManualCollection);

    [Fact]
    public async Task AValueSetByTheCaller_IsSeenInsideItsOwnTurn_EvenWhenTheTurnWaitedBehindOthers()
    {
        await using var host = NewHost();
        var grain = host.GetGrain<IOriginGrain>("g-1");

        // 20 callers, one turn at a time: each turn must see its own caller's value, not the one before it.
        var seen = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            RequestContext.Set(Key, $"page-{i}");
            return await grain.Read(Key, delayMs: 2);
        })));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"page-{i}"), seen);
    }

    [Fact]
    public async Task AValueSetInsideAnAsyncMethod_IsGoneForItsCallerAfterwards()
    {
        await using var host = NewHost();
        var grain = host.GetGrain<IOriginGrain>("g-2");

        var inside = await SetThenReadAsync(grain, "page-a");

        Assert.Equal("page-a", inside);
        Assert.Null(RequestContext.Get(Key));
        Assert.Null(await grain.Read(Key, delayMs: 0));
    }

    [Fact]
    public async Task Remove_TakesTheValueAway_AndReportsWhetherThereWasOne()
    {
        await using var host = NewHost();
        var grain = host.GetGrain<IOriginGrain>("g-3");

        var (removed, again, read) = await RemoveAsync(grain);

        Assert.True(removed);
        Assert.False(again);
        Assert.Null(read);
    }

    [Fact]
    public void Set_WithANullValue_IsRefusedNamingTheArgument()
    {
        var error = Assert.Throws<ArgumentNullException>(() => RequestContext.Set(Key, null!));
        Assert.Equal("value", error.ParamName);
    }

    private static async Task<string?> SetThenReadAsync(IOriginGrain grain, string origin)
    {
        RequestContext.Set(Key, origin);
        return await grain.Read(Key, delayMs: 1);
    }

    private static async Task<(bool Removed, bool Again, string? Read)> RemoveAsync(IOriginGrain grain)
    {
        RequestContext.Set(Key, "page-b");
        RequestContext.Set("other", "kept");
        var removed = RequestContext.Remove(Key);
        var again = RequestContext.Remove(Key);
        var read = await grain.Read(Key, delayMs: 0);
        Assert.Equal("kept", RequestContext.Get("other"));
        return (removed, again, read);
    }
}
