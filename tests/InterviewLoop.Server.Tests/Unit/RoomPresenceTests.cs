using InterviewLoop.Domain.Rounds;
using InterviewLoop.Server.Scoring.Room;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Unit;

/// <summary>
/// Presence versions: every join and leave gets a larger one, also when the clock stands still, and a
/// restarted server's versions start past the earlier process's, so pages can keep the newest list.
/// </summary>
public sealed class RoomPresenceTests
{
    private const string Round = "loop-1/r4";

    [Fact]
    public void JoinsAndLeaves_EachGetALargerVersion_AndTheListReadWithIt()
    {
        var presence = new RoomPresence(new FakeClock());
        presence.Join(Round, "c-1", Viewer("u-21"), "Dana K.");
        var one = presence.Snapshot(Round);
        presence.Join(Round, "c-2", Viewer("u-22"), "Lee S.");
        var two = presence.Snapshot(Round);
        presence.Leave("c-1");
        var three = presence.Snapshot(Round);

        Assert.True(one.Version < two.Version && two.Version < three.Version, $"{one.Version}, {two.Version}, {three.Version}");
        Assert.Equal(["u-21"], one.People.Select(p => p.UserId));
        Assert.Equal(["u-21", "u-22"], two.People.Select(p => p.UserId));
        Assert.Equal(["u-22"], three.People.Select(p => p.UserId));
    }

    [Fact]
    public void ALeaveOfAConnectionInNoRound_KeepsTheVersion()
    {
        var presence = new RoomPresence(new FakeClock());
        presence.Join(Round, "c-1", Viewer("u-21"), "Dana K.");
        var before = presence.Snapshot(Round).Version;

        Assert.Empty(presence.Leave("c-unknown"));
        Assert.Equal(before, presence.Snapshot(Round).Version);
    }

    [Fact]
    public void ARestartedServer_StartsPastTheVersionsOfTheProcessBefore()
    {
        var clock = new FakeClock();
        var before = new RoomPresence(clock);
        for (var i = 0; i < 500; i++) before.Join(Round, $"c-{i}", Viewer("u-21"), "Dana K.");
        clock.Advance(TimeSpan.FromSeconds(1));

        var restarted = new RoomPresence(clock);
        restarted.Join(Round, "c-new", Viewer("u-22"), "Lee S.");

        Assert.True(restarted.Snapshot(Round).Version > before.Snapshot(Round).Version);
        // Microseconds since 1970: within a JavaScript number's exact integers.
        Assert.InRange(restarted.Snapshot(Round).Version, 1L, 1L << 53);
    }

    private static ScorecardViewer Viewer(string id) => new(id, HasOversight: false);
}
