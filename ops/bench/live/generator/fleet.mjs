import { inBatches } from './api.mjs';
import { Page } from './page.mjs';
import { rssMb } from './proc.mjs';

// Every interviewer's pages on one hub: a primary page that sends changes and a second page (the
// same interviewer's other device) that only receives. RSS is read once the primaries (1,000 in a
// full run) are connected and joined, and again with every page open.
export async function openFleet(people, cookies, url, hub, serverPid, log) {
  const primaries = people.map((p, i) => new Page(p, url, hub, cookies[i]));
  const seconds = people.map((p, i) => new Page(p, url, hub, cookies[i]));
  const rss = {};
  await connect(primaries, log, `${hub}: primary pages`);
  rss.primariesConnected = { connections: primaries.length, rssMb: rssMb(serverPid) };
  await connect(seconds, log, `${hub}: second pages`);
  rss.allConnected = { connections: primaries.length + seconds.length, rssMb: rssMb(serverPid) };
  return { primaries, seconds, all: [...primaries, ...seconds], rss };
}

async function connect(pages, log, what) {
  const t0 = performance.now();
  await inBatches(pages, 50, async page => { await page.start(); await page.join('own'); });
  log(`${what}: ${pages.length} connected and joined in ${Math.round(performance.now() - t0)} ms`);
}

export async function closeFleet(fleet) {
  await inBatches(fleet.all, 100, page => page.stop());
}

export function routeReceipts(fleet, recorder) {
  for (const page of fleet.all) page.sink = recorder;
}

export function reconnects(fleet) {
  return fleet.all.reduce((n, p) => n + p.reconnects, 0);
}
