import { PhaseRecorder } from './recorder.mjs';
import { sendChange } from './send.mjs';
import { CpuWindow, RuntimeWindow, rssMb, runtimeOf, usageOf } from './proc.mjs';
import { routeReceipts, reconnects } from './fleet.mjs';

const sleep = ms => new Promise(r => setTimeout(r, ms));

// The scoring hub and the echo hub measured in alternating blocks (A B, B A, A B, ...) with the same
// load, so that whatever the shared machine does meanwhile (disk stalls, CPU steal, GC) falls on
// both alike. Each block: warm-up seconds, then its share of the measured seconds. A hub's first
// block warms up longer (firstWarmupSeconds): its code paths are still being compiled to tier 1 then,
// and the run measures the server in steady state, not its first seconds after start-up.
export async function interleavedPhase(hubs, options) {
  const runs = hubs.map(h => ({ ...h, recorder: new PhaseRecorder(h.name, 1), usage: [] }));
  const sampler = new RssSampler(options.serverPid);
  const blockSeconds = options.seconds / options.blocks;
  for (let block = 0; block < options.blocks; block++) {
    const order = block % 2 === 0 ? runs : [...runs].reverse();
    const warmupSeconds = block === 0 ? options.firstWarmupSeconds : options.warmupSeconds;
    for (const run of order) run.usage.push(await openLoopBlock(run.fleet, run.recorder, run.fanOut, blockSeconds, warmupSeconds, options));
  }
  const rssMbMax = sampler.stop();
  return Object.fromEntries(await Promise.all(runs.map(async run => [run.name, await finish(run, options, { rssMbMax })])));
}

// One open-loop stretch on its own (the echo hub's panel fan-out).
export async function steadyPhase(fleet, name, receiptsPerOp, fanOut, seconds, options) {
  const run = { name, fleet, fanOut, recorder: new PhaseRecorder(name, receiptsPerOp), usage: [] };
  run.usage.push(await openLoopBlock(fleet, run.recorder, fanOut, seconds, options.warmupSeconds, options));
  return finish(run, options, {});
}

// Open loop: every primary page sends a change at exponentially distributed intervals (mean
// meanIntervalMs), whether or not its last one was answered. Returns CPU use over the measured part.
async function openLoopBlock(fleet, recorder, fanOut, seconds, warmupSeconds, options) {
  routeReceipts(fleet, recorder);
  const t0 = performance.now();
  recorder.window(t0 + warmupSeconds * 1000, t0 + (warmupSeconds + seconds) * 1000);
  let cpu = null;
  let runtime = null;
  const startCpu = setTimeout(() => {
    cpu = new CpuWindow(options.serverPid);
    runtime = RuntimeWindow.open(options.url, options.benchCookie);
  }, warmupSeconds * 1000);
  await Promise.all(fleet.primaries.map(page => sendAtRandom(page, recorder, fanOut, options.meanIntervalMs)));
  clearTimeout(startCpu);
  const usage = cpu?.close();
  const gc = runtime && { ...(await (await runtime).close()), seconds: usage.seconds };
  await drain(recorder, options.drainSeconds);
  return usage && { ...usage, gc };
}

async function finish(run, options, extra) {
  const drained = await drain(run.recorder, options.drainSeconds);
  const usage = run.usage.filter(Boolean);
  return { ...run.recorder.summary(), drained, reconnects: reconnects(run.fleet), ...usageOf(usage), gc: runtimeOf(usage.map(u => u.gc)), ...extra, recorder: run.recorder };
}

function sendAtRandom(page, recorder, fanOut, meanMs) {
  return new Promise(resolve => {
    const next = () => {
      const wait = -Math.log(1 - Math.random()) * meanMs;
      if (performance.now() + wait >= recorder.measureTo) { resolve(); return; }
      setTimeout(() => { sendChange(page, recorder, fanOut); next(); }, wait);
    };
    setTimeout(next, Math.random() * meanMs);
  });
}

// Closed loop, ramped: `k` primary pages each send back to back (next change when the last is
// answered) for stepSeconds; acknowledged changes per second over the step after its first second.
export async function saturationRamp(fleet, options) {
  const order = [...fleet.primaries].sort((a, b) => a.person.seat - b.person.seat || a.person.n - b.person.n);
  const steps = [];
  for (const k of options.saturationSteps.map(k => Math.min(k, order.length))) {
    const recorder = new PhaseRecorder(`sat${k}`, 1);
    routeReceipts(fleet, recorder);
    const t0 = performance.now();
    recorder.window(t0 + 1000, t0 + options.saturationStepSeconds * 1000);
    const cpu = new CpuWindow(options.serverPid);
    await Promise.all(order.slice(0, k).map(async page => {
      while (performance.now() < recorder.measureTo) await sendChange(page, recorder, 'own');
    }));
    const usage = usageOf([cpu.close()]);
    const drained = await drain(recorder, options.drainSeconds);
    const ackedPerSecond = Math.round(recorder.ackedBetween(recorder.measureFrom, recorder.measureTo) / (recorder.measureTo - recorder.measureFrom) * 1000);
    steps.push({ pages: k, ...recorder.summary(), ackedPerSecond, drained, ...usage, recorder });
  }
  return steps;
}

async function drain(recorder, seconds) {
  const until = performance.now() + seconds * 1000;
  while (recorder.unsettled > 0 && performance.now() < until) await sleep(100);
  return recorder.unsettled === 0;
}

// Highest server RSS seen while a phase runs, sampled every second.
class RssSampler {
  #max = 0;
  #timer;

  constructor(pid) {
    this.#timer = setInterval(() => { this.#max = Math.max(this.#max, rssMb(pid)); }, 1000);
  }

  stop() { clearInterval(this.#timer); return this.#max; }
}
