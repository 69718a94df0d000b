using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Server.Scoring.Visibility;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring.Room;

/// <summary>
/// Pushes room state, presence, colleagues' scorecards and board nudges. Colleagues' scorecards are
/// cut per viewer by <see cref="Colleagues.For"/>, which applies <see cref="ScorecardVisibility"/>:
/// no push path reaches a page with a scorecard its user may not see. Never calls a grain.
/// </summary>
internal sealed class RoomBroadcaster(
    IHubContext<ScoringHub, IScoringClient> hub, RoomPresence presence, RoomViews rooms, LoopStandings standings)
{
    /// <summary>Pushes <paramref name="view"/>'s room to everyone in it.</summary>
    public Task RoomAsync(RoundView view)
    {
        var room = rooms.Of(view);
        return hub.Clients.Group(ScoringGroups.Room(room.RoundKey)).RoomChanged(room);
    }

    /// <summary>Pushes who is in <paramref name="roundKey"/> to everyone in it, and nudges the boards.</summary>
    public async Task PresenceAsync(string roundKey)
    {
        var present = presence.Snapshot(roundKey);
        await hub.Clients.Group(ScoringGroups.Room(roundKey)).PresenceChanged(new PresencePush(roundKey, present.Version, present.People));
        await BoardAsync(roundKey);
    }

    /// <summary>Pushes to every viewer with the round open the colleagues' scorecards they may now see.</summary>
    public async Task ColleaguesAsync(RoundView view)
    {
        var key = Round.KeyOf(view.LoopId, view.Plan.RoundId);
        var viewers = presence.ViewersIn(key);
        if (viewers.Count == 0) return;
        var standing = await standings.ForAsync(view);
        foreach (var viewer in viewers)
        {
            var push = new ColleaguesPush(key, view.Sequence, Colleagues.For(viewer, standing, view));
            await hub.Clients.Group(ScoringGroups.Own(key, viewer.Id)).ColleaguesChanged(push);
        }
    }

    /// <summary>Tells the boards that <paramref name="roundKey"/>'s line changed.</summary>
    public Task BoardAsync(string roundKey) => hub.Clients.Group(ScoringGroups.Board).BoardChanged(new BoardPush(roundKey));
}
