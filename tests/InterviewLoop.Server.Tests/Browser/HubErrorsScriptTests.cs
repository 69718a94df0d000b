namespace InterviewLoop.Server.Tests.Browser;

/// <summary>
/// How the scoring page reads a failed hub call (wwwroot/js/scoring/hub-errors.js and change-queue.js), run in
/// Chromium as the page loads them: a refusal drops the change, but a call refused because the account changed
/// (the hub ends that connection) is connection trouble, and the change stays queued for the reconnect.
/// </summary>
public sealed class HubErrorsScriptTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ChangeQueue_KeepsAChangeRefusedForAnAccountChange_AndDropsOneRefusedForItsValue()
    {
        var outcome = await InPageAsync<int[]>("""
            async () => {
              const { ChangeQueue } = await import('/js/scoring/change-queue.js');
              const refusal = problem => new Error(
                "An unexpected error occurred invoking 'Change' on the server. HubException: " + JSON.stringify(problem));
              const run = async problem => {
                const seen = { rejected: 0, offline: 0 };
                const queue = new ChangeQueue(() => Promise.reject(refusal(problem)), () => true, {
                  onAck: () => {}, onIdle: async () => {},
                  onRejected: () => seen.rejected++, onOffline: () => seen.offline++,
                }, null);
                await queue.add({ field: 'rating', dimension: 'scope', value: '4' });
                return [queue.hasPending ? 1 : 0, seen.rejected, seen.offline];
              };
              return [
                ...await run({ status: 401, code: 'session.changed', field: null, detail: 'Your account changed.' }),
                ...await run({ status: 400, code: 'rating.out_of_range', field: 'ratings.scope', detail: 'ratings.scope: 7 is outside 1..5' }),
              ];
            }
            """);

        Assert.Equal([1, 0, 1, 0, 1, 0], outcome);
    }

    [Fact]
    public async Task ErrorText_GivesTheServersWordsForAnAccountChange()
    {
        var text = await InPageAsync<string>("""
            async () => {
              const { errorText } = await import('/js/scoring/hub-errors.js');
              const problem = { status: 401, code: 'session.changed', field: null, detail: 'Your account changed.' };
              return errorText(new Error("An unexpected error occurred invoking 'Submit' on the server. HubException: " + JSON.stringify(problem)));
            }
            """);

        Assert.Equal("Your account changed.", text);
    }

    [Fact]
    public async Task ReconnectPolicy_StopsRetryingWhenTheSignInIsRefused_AndRetriesOtherFailures()
    {
        var delays = await InPageAsync<int?[]>("""
            async () => {
              const { reconnectPolicy } = await import('/js/scoring/connection.js');
              const next = reason => reconnectPolicy.nextRetryDelayInMilliseconds({ previousRetryCount: 2, retryReason: reason });
              return [
                next(new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'")),
                next(new Error("Failed to complete negotiation with the server: Error: Forbidden: Status code '403'")),
                next(new Error('WebSocket closed with status code: 1006 (no reason given).')),
              ];
            }
            """);

        Assert.Equal([null, null, 1000], delays);
    }
}
