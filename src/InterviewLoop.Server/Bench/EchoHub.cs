using InterviewLoop.Domain.Rounds;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Bench;

/// <summary>What <see cref="EchoHub"/> pushes to a group: the operation id of the change it echoed.</summary>
/// <param name="OperationId">The echoed change's operation id.</param>
public sealed record EchoPush(string OperationId);

/// <summary>What <see cref="EchoHub"/> calls on its clients.</summary>
public interface IEchoClient
{
    /// <summary>Sent to every connection of the group the change was echoed to, except the sender's.</summary>
    Task Echoed(EchoPush push);
}

/// <summary>
/// <c>/hubs/echo</c>, mapped only when <c>InterviewLoop:Bench=true</c> (see <see cref="BenchEndpoints"/>):
/// the scoring hub's transport with no grain and no database, so that ops/bench/live can measure the
/// floor under <see cref="Scoring.ScoringHub"/>. Same cookie sign-in, same JSON wire format, same
/// arguments; a change is pushed to a group, less the sending connection (as the scoring hub leaves out
/// the page that made a change), and then answered, in the scoring hub's order.
/// </summary>
[Authorize]
public sealed class EchoHub : Hub<IEchoClient>
{
    /// <summary>Joins the group <paramref name="fanOut"/> of the round: <c>own</c> (this user's pages of the round, as the scoring hub pushes) or <c>panel</c> (everyone in the round).</summary>
    public Task JoinRound(string loopId, string roundId, string fanOut) =>
        Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(loopId, roundId, fanOut));

    /// <summary>Pushes the change's operation id to the group <paramref name="fanOut"/> of the round (not to the caller), then returns the change as the answer.</summary>
    public async Task<ScorecardChange> Change(string loopId, string roundId, string fanOut, ScorecardChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await Clients.OthersInGroup(GroupOf(loopId, roundId, fanOut)).Echoed(new EchoPush(change.OperationId));
        return change;
    }

    private string GroupOf(string loopId, string roundId, string fanOut) => fanOut switch
    {
        "own" => $"echo-own|{Round.KeyOf(loopId, roundId)}|{CurrentUser.From(Context.User!).Id}",
        "panel" => $"echo-panel|{Round.KeyOf(loopId, roundId)}",
        _ => throw new HubException($"fanOut: '{fanOut}' is not one of own, panel"),
    };
}
