import { writeFileSync } from 'node:fs';
import { parseOptions } from './options.mjs';
import { createLoop, inBatches, signIn } from './api.mjs';
import { plainInsertLoop, startDiskProbe } from './baseline.mjs';
import { interviewers, loopDocuments } from './panels.mjs';
import { closeFleet, openFleet } from './fleet.mjs';
import { interleavedPhase, saturationRamp, steadyPhase } from './phases.mjs';
import { generatorGc, rssMb } from './proc.mjs';

// The live-scoring load generator (see docs/benchmarks.md, "Live scoring"). Bounded: every phase
// ends by its clock, every wait has a limit, and the process exits when done.
const options = parseOptions(process.argv.slice(2));
const started = performance.now();
const log = message => console.error(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const strip = ({ recorder, ...rest }) => {
  if (options.samples) writeFileSync(`${options.samples}-${recorder.name}.csv`, recorder.samplesCsv());
  return rest;
};

const people = interviewers(options);
const admin = await signIn(options.url, 'bench-admin', options.password);
options.benchCookie = admin; // reads the server's GC counters around each measured block
await inBatches(loopDocuments(options), 8, doc => createLoop(options.url, admin, doc));
log(`imported ${options.rounds} loops, one round each, panels of ${options.panelSize}`);
const cookies = await inBatches(people, 16, p => signIn(options.url, p.username, options.password));
log(`signed in ${people.length} interviewers`);
const results = { options, rss: { beforeConnections: rssMb(options.serverPid) }, phases: {}, baseline: [] };

const scoring = await openFleet(people, cookies, options.url, 'scoring', options.serverPid, log);
const echo = await openFleet(people, cookies, options.url, 'echo', options.serverPid, log);
results.rss.scoring = scoring.rss;
results.rss.withEcho = { connections: scoring.all.length + echo.all.length, rssMb: rssMb(options.serverPid) };
log(`scoring and echo hub in ${options.blocks} alternating blocks: ${options.seconds} s measured each`);
const stopProbe = startDiskProbe(options, 2 * (options.seconds + options.firstWarmupSeconds + options.blocks * (options.warmupSeconds + options.drainSeconds)) + 60);
const { real, echo: echoOwn } = await interleavedPhase(
  [{ name: 'real', fleet: scoring, fanOut: 'own' }, { name: 'echo', fleet: echo, fanOut: 'own' }], options);
results.diskProbe = await stopProbe();
log(`scoring hub: ${real.acked}/${real.sent} acked, ack p99 ${real.ackMs.p99} ms; echo hub: ack p99 ${echoOwn.ackMs.p99} ms`);
if (options.echoPanelSeconds > 0) {
  await inBatches(echo.primaries, 50, page => page.join('panel'));
  log(`echo hub with a panel fan-out of ${options.panelSize}: ${options.echoPanelSeconds} s`);
  results.phases.echoPanel = strip(await steadyPhase(echo, 'echop', options.panelSize - 1, 'panel', options.echoPanelSeconds, options));
}

log(`plain SQLite insert loop, then saturation ramp ${options.saturationSteps}, then the loop again`);
results.baseline.push(await plainInsertLoop(options, 'before'));
const saturation = await saturationRamp(scoring, options);
results.baseline.push(await plainInsertLoop(options, 'after'));
const acked = [real, ...saturation].flatMap(phase => phase.recorder.ackedIds());
writeFileSync(options.acked, acked.join('\n') + '\n');
Object.assign(results.phases, { real: strip(real), echo: strip(echoOwn), saturation: saturation.map(strip) });
await closeFleet(scoring);
await closeFleet(echo);

if (options.samples) writeFileSync(`${options.samples}-generator-gc.csv`, generatorGc.csv());
const { benchCookie, ...savedOptions } = options; // the admin cookie stays out of the saved results
writeFileSync(options.out, JSON.stringify({ ...results, options: savedOptions }, null, 2));
log(`done; results in ${options.out}`);
process.exit(0);
