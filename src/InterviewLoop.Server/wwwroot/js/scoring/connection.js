// Milliseconds before the next attempt to reach the hub: 250 ms, doubling, at most 3 s.
const retryDelay = attempt => Math.min(3000, 250 * 2 ** attempt);

// @microsoft/signalr wraps a refused negotiation in an error that keeps the status only in its message.
const refusedSignIn = e => /Status code '40[13]'/.test(String(e?.message ?? e));

// The hub connection: reconnects (backing off to 3 s) until the server refuses the sign-in, so a page left
// open through a network drop or a server restart comes back by itself. signedOut() is called when the
// server refuses the sign-in on a reconnect; the page stays as it is.
// Retries for ever, except after the server refused the sign-in: then the reconnect stops, the
// connection closes, and connectAgain tries once and reports signedOut() instead of retrying every 3 s.
export const reconnectPolicy = {
  nextRetryDelayInMilliseconds: ctx => refusedSignIn(ctx.retryReason) ? null : retryDelay(ctx.previousRetryCount),
};

export function connect(pushes, { reconnecting, reconnected, signedOut = () => {} }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/scoring')
    .withAutomaticReconnect(reconnectPolicy)
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  for (const [name, handler] of Object.entries(pushes)) connection.on(name, handler);
  connection.onreconnecting(reconnecting);
  connection.onreconnected(reconnected);
  connection.onclose(() => connectAgain(connection, { reconnecting, reconnected, signedOut }));
  return connection;
}

// The server ends a connection without offering a reconnect when the account behind it changed
// (roles, a new password, deactivation; docs/decisions/0024). Connect again as after a drop: the
// sign-in check on that request decides what the page may do now.
async function connectAgain(connection, { reconnecting, reconnected, signedOut }) {
  reconnecting();
  try {
    await startConnection(connection, reconnecting);
  } catch {
    signedOut();
    return;
  }
  await reconnected();
}

// The automatic reconnect only covers a connection that once started: a page opened while the hub
// cannot be reached (a server restarting, a network drop) keeps trying with the same backoff, calling
// offline() after each failure. A refused sign-in is not retried.
export async function startConnection(connection, offline = () => {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await connection.start();
    } catch (e) {
      if (refusedSignIn(e)) throw e;
      offline();
      await new Promise(resolve => setTimeout(resolve, retryDelay(attempt)));
    }
  }
}
