using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace InterviewLoop.Server.Scoring;

/// <summary>Pushes what round grains made durable to the pages that may see it, through the scoring hub.</summary>
/// <param name="hub">The hub's context (usable outside hub calls).</param>
internal sealed class HubRoundObserver(IHubContext<ScoringHub, IScoringClient> hub) : IRoundObserver
{
    public Task ScorecardChanged(string roundKey, long sequence, string operationId, Scorecard scorecard) =>
        hub.Clients.Group(ScoringGroups.Own(roundKey, scorecard.InterviewerId))
            .ScorecardChanged(new ScorecardPush(roundKey, sequence, operationId, scorecard));

    public Task ProgressChanged(RoundProgress progress) =>
        hub.Clients.Group(ScoringGroups.Progress(progress.RoundKey)).ProgressChanged(progress);
}
