import * as signalR from '@microsoft/signalr';

const HUB_PATHS = { scoring: '/hubs/scoring', echo: '/hubs/echo' };

// One open scoring page of one interviewer: a SignalR connection signed in with the interviewer's
// cookie. Pushes are handed to `sink` (the phase's recorder). After a reconnect the page joins again,
// because groups belong to a connection.
export class Page {
  #joins = [];
  seq = 0;
  reconnects = 0;
  sink = null;

  constructor(person, url, hub, cookie) {
    this.person = person;
    this.hub = hub;
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl(`${url}${HUB_PATHS[hub]}`, { headers: { cookie }, skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
      .withAutomaticReconnect([0, 250, 1000, 2000, 5000])
      .configureLogging(signalR.LogLevel.Error)
      .build();
    this.connection.serverTimeoutInMilliseconds = 60_000;
    this.connection.keepAliveIntervalInMilliseconds = 15_000;
    const receipt = push => this.sink?.receipt(push.operationId, this, performance.now());
    this.connection.on('ScorecardChanged', receipt);
    this.connection.on('Echoed', receipt);
    this.connection.on('ProgressChanged', () => {});
    this.connection.onreconnected(() => { this.reconnects++; return Promise.all(this.#joins.map(j => j())); });
  }

  start() { return this.connection.start(); }

  stop() { return this.connection.stop(); }

  get isConnected() { return this.connection.state === signalR.HubConnectionState.Connected; }

  // Scoring: JoinRound(loopId, roundId). Echo: JoinRound(loopId, roundId, fanOut).
  async join(fanOut) {
    const { loopId, roundId } = this.person;
    const join = () => this.hub === 'scoring'
      ? this.connection.invoke('JoinRound', loopId, roundId)
      : this.connection.invoke('JoinRound', loopId, roundId, fanOut);
    await join();
    this.#joins.push(join);
  }

  change(change, fanOut) {
    const { loopId, roundId } = this.person;
    return this.hub === 'scoring'
      ? this.connection.invoke('Change', loopId, roundId, change)
      : this.connection.invoke('Change', loopId, roundId, fanOut, change);
  }

  // Resolves when connected (or after `ms`, whichever is first); bounded so a dead server ends the run.
  async connected(ms) {
    const until = performance.now() + ms;
    while (!this.isConnected && performance.now() < until) await new Promise(r => setTimeout(r, 50));
  }
}
