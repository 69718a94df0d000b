// The shared timer: the server's clock is the reference, so every page shows the same time left
// whatever its own clock says. Pages learn the offset from each serverNow the server sends.
export class ServerClock {
  #offset = 0;

  sync(serverNow) { if (serverNow) this.#offset = Date.parse(serverNow) - Date.now(); }

  now() { return Date.now() + this.#offset; }
}

const pad = n => String(n).padStart(2, '0');

function minutesSeconds(ms) {
  const total = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(total / 60)}:${pad(total % 60)}`;
}

// Text and state of the timer for a clock {startedAt, endedAt, durationMinutes, endsAt} at `now` (ms).
export function timerState(clock, now) {
  if (clock.endedAt) {
    const ran = Math.round((Date.parse(clock.endedAt) - Date.parse(clock.startedAt)) / 60000);
    return { state: 'ended', text: `Ended after ${ran} min` };
  }
  if (!clock.startedAt) return { state: 'waiting', text: `${clock.durationMinutes} min time box · not started` };
  const left = Date.parse(clock.endsAt) - now;
  return left >= 0
    ? { state: 'running', text: `${minutesSeconds(left)} left` }
    : { state: 'over', text: `${minutesSeconds(left)} over time` };
}
