import { writeFileSync } from 'node:fs';
import { parseOptions } from './options.mjs';
import { createLoop, inBatches, signIn } from './api.mjs';
import { interviewers, loopDocuments } from './panels.mjs';
import { closeFleet, openFleet } from './fleet.mjs';
import { saturationRamp, steadyPhase } from './phases.mjs';
import { rssMb } from './proc.mjs';

// The live-scoring load generator (see docs/benchmarks.md, "Live scoring"). Bounded: every phase
// ends by its clock, every wait has a limit, and the process exits when done.
const options = parseOptions(process.argv.slice(2));
const started = performance.now();
const log = message => console.error(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const strip = ({ recorder, ...rest }) => rest;

const people = interviewers(options);
const admin = await signIn(options.url, 'bench-admin', options.password);
await inBatches(loopDocuments(options), 8, doc => createLoop(options.url, admin, doc));
log(`imported ${options.rounds} loops, one round each, panels of ${options.panelSize}`);
const cookies = await inBatches(people, 16, p => signIn(options.url, p.username, options.password));
log(`signed in ${people.length} interviewers`);
const results = { options, rss: { beforeConnections: rssMb(options.serverPid) }, phases: {} };

const scoring = await openFleet(people, cookies, options.url, 'scoring', options.serverPid, log);
results.rss.scoring = scoring.rss;
log(`real hub: ${options.warmupSeconds} s warm-up + ${options.seconds} s measured`);
const real = await steadyPhase(scoring, 'real', 1, 'own', options.seconds, options);
log(`real hub: ${real.acked}/${real.sent} acked, ack p99 ${real.ackMs.p99} ms; saturation ramp ${options.saturationSteps}`);
const saturation = await saturationRamp(scoring, options);
const acked = [real, ...saturation].flatMap(phase => phase.recorder.ackedIds());
writeFileSync(options.acked, acked.join('\n') + '\n');
results.phases.real = strip(real);
results.phases.saturation = saturation.map(strip);
await closeFleet(scoring);

const echo = await openFleet(people, cookies, options.url, 'echo', options.serverPid, log);
results.rss.echo = echo.rss;
log(`echo hub (own fan-out): ${options.warmupSeconds} s warm-up + ${options.seconds} s measured`);
results.phases.echo = strip(await steadyPhase(echo, 'echo', 1, 'own', options.seconds, options));
if (options.echoPanelSeconds > 0) {
  await inBatches(echo.primaries, 50, page => page.join('panel'));
  log(`echo hub (panel fan-out of ${options.panelSize}): ${options.echoPanelSeconds} s`);
  results.phases.echoPanel = strip(await steadyPhase(echo, 'echop', options.panelSize - 1, 'panel', options.echoPanelSeconds, options));
}
await closeFleet(echo);

writeFileSync(options.out, JSON.stringify(results, null, 2));
log(`done; results in ${options.out}`);
process.exit(0);
