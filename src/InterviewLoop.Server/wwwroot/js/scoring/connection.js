// Milliseconds before the next attempt to reach the hub: 250 ms, doubling, at most 3 s.
export const retryDelay = attempt => Math.min(3000, 250 * 2 ** attempt);

// The hub connection: reconnects for ever (backing off to 3 s), so a page left open through a
// network drop or a server restart comes back by itself.
export function connect(pushes, { reconnecting, reconnected }) {
  const retryForever = { nextRetryDelayInMilliseconds: ctx => retryDelay(ctx.previousRetryCount) };
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/scoring')
    .withAutomaticReconnect(retryForever)
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  for (const [name, handler] of Object.entries(pushes)) connection.on(name, handler);
  connection.onreconnecting(reconnecting);
  connection.onreconnected(reconnected);
  return connection;
}
