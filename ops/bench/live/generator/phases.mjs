import { PhaseRecorder } from './recorder.mjs';
import { sendChange } from './send.mjs';
import { CpuWindow, rssMb } from './proc.mjs';
import { routeReceipts, reconnects } from './fleet.mjs';

const sleep = ms => new Promise(r => setTimeout(r, ms));

// Open loop: every primary page sends a change at exponentially distributed intervals (mean
// meanIntervalMs), whether or not its last one was answered, for warm-up + measured seconds. Only
// changes sent inside the measured window count for latency; every change counts for loss. Then
// waits (bounded) until every change is answered and every expected receipt arrived.
export async function steadyPhase(fleet, name, receiptsPerOp, fanOut, seconds, options) {
  const recorder = new PhaseRecorder(name, receiptsPerOp);
  routeReceipts(fleet, recorder);
  const t0 = performance.now();
  recorder.measureFrom = t0 + options.warmupSeconds * 1000;
  recorder.measureTo = recorder.measureFrom + seconds * 1000;
  const sampler = new RssSampler(options.serverPid);
  let cpu = null;
  const startCpu = setTimeout(() => { cpu = new CpuWindow(options.serverPid); }, options.warmupSeconds * 1000);
  await Promise.all(fleet.primaries.map(page => sendAtRandom(page, recorder, fanOut, options.meanIntervalMs)));
  const usage = cpu?.close();
  clearTimeout(startCpu);
  const drained = await drain(recorder, options.drainSeconds);
  return { ...recorder.summary(), seconds, drained, reconnects: reconnects(fleet), ...usage, rssMbMax: sampler.stop(), recorder };
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
    recorder.measureFrom = t0 + 1000;
    recorder.measureTo = t0 + options.saturationStepSeconds * 1000;
    const cpu = new CpuWindow(options.serverPid);
    await Promise.all(order.slice(0, k).map(async page => {
      while (performance.now() < recorder.measureTo) await sendChange(page, recorder, 'own');
    }));
    const usage = cpu.close();
    const drained = await drain(recorder, options.drainSeconds);
    steps.push({ pages: k, ...recorder.summary(), drained, ...usage, recorder });
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
