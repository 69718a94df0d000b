using InterviewLoop.Domain.Rounds;

namespace InterviewLoop.Domain.Tests.Rounds;

public sealed class OperationIdSetTests
{
    [Fact]
    public void Add_TheSameIdTwice_CountsItOnce()
    {
        var set = new OperationIdSet();

        Assert.True(set.Add("op-1"));
        Assert.False(set.Add("op-1"));
        Assert.Equal(1, set.Count);
        Assert.True(set.Contains("op-1"));
    }

    [Theory]
    [InlineData("op-1", "op-2")]
    [InlineData("op-1", "OP-1")]
    [InlineData("op-1", "op-1 ")]
    [InlineData("", " ")]
    [InlineData("café", "cafe\u0301")]
    public void Contains_ADifferentId_IsFalse(string added, string other)
    {
        var set = new OperationIdSet();
        set.Add(added);

        Assert.False(set.Contains(other));
        Assert.True(set.Contains(added));
    }

    [Fact]
    public void ManyIds_AreEachFoundAndNoneConfused()
    {
        var set = new OperationIdSet();
        var ids = Enumerable.Range(0, 50_000).Select(i => $"{Guid.NewGuid()}-{i}").ToArray();

        foreach (var id in ids) Assert.True(set.Add(id));

        Assert.Equal(ids.Length, set.Count);
        Assert.All(ids, id => Assert.True(set.Contains(id)));
        Assert.DoesNotContain(ids, id => set.Contains(id + "x"));
    }

    [Fact]
    public void AnIdLongerThanAnyAcceptedOne_IsStillKept()
    {
        // Replay of an old stream must never fail here, whatever length its ids have.
        var set = new OperationIdSet();
        var longId = new string('é', 5_000);

        set.Add(longId);

        Assert.True(set.Contains(longId));
        Assert.False(set.Contains(longId[..^1]));
    }

    [Fact]
    public void Null_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => new OperationIdSet().Add(null!));
}
