import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

// What /proc says about a process and the machine: resident memory, CPU time used, CPU stolen.
export function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'));
  return Math.round(Number(line.replace(/\D+/g, ' ').trim().split(' ')[0]) / 1024);
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

// utime + stime of pid, in seconds (fields 14 and 15 of /proc/<pid>/stat).
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

// Machine-wide ticks from the first line of /proc/stat: all, iowait and steal (time the hypervisor gave elsewhere).
function machineTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = values.map(Number);
  return { all: n.slice(0, 8).reduce((a, b) => a + b, 0), iowait: n[4], steal: n[7] };
}

const round = x => Math.round(x * 100) / 100;

// The generator's own garbage collections (V8), as Node reports them: each one stops the event loop,
// and every ack or push that arrives meanwhile is timed late by that much, whichever hub sent it.
class GeneratorGc {
  #pauses = [];

  constructor() {
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) this.#pauses.push({ at: performance.timeOrigin + entry.startTime, ms: entry.duration, kind: entry.detail?.kind ?? 0 });
    }).observe({ entryTypes: ['gc'] });
  }

  mark() { return this.#pauses.length; }

  // Pauses since `mark`: how many, their total and the longest, in ms.
  since(mark) {
    const pauses = this.#pauses.slice(mark);
    return { pauses: pauses.length, pauseMs: pauses.reduce((n, p) => n + p.ms, 0), longestMs: Math.max(0, ...pauses.map(p => p.ms)) };
  }

  // One line per pause (unix ms, duration ms, V8 kind: 1 scavenge, 2 mark-compact, 4 incremental marking, 8 weak callbacks).
  csv() { return ['at_unix_ms,ms,kind', ...this.#pauses.map(p => `${p.at.toFixed(1)},${p.ms.toFixed(2)},${p.kind}`)].join('\n') + '\n'; }
}

export const generatorGc = new GeneratorGc();

// CPU of the server and of this generator, CPU steal, and the generator's event-loop delay over one
// interval: a busy generator or a noisy host adds delay to every latency, so they are reported beside them.
export class CpuWindow {
  #loop = monitorEventLoopDelay({ resolution: 10 });

  constructor(serverPid) {
    this.serverPid = serverPid;
    this.server0 = cpuSeconds(serverPid);
    this.self0 = process.cpuUsage();
    this.machine0 = machineTicks();
    this.t0 = performance.now();
    this.#loop.enable();
    this.gc0 = generatorGc.mark();
  }

  close() {
    this.#loop.disable();
    const self = process.cpuUsage(this.self0);
    const machine = machineTicks();
    const all = machine.all - this.machine0.all || 1;
    return {
      seconds: (performance.now() - this.t0) / 1000,
      serverCpuSeconds: cpuSeconds(this.serverPid) - this.server0,
      generatorCpuSeconds: (self.user + self.system) / 1e6,
      stealShare: (machine.steal - this.machine0.steal) / all,
      iowaitShare: (machine.iowait - this.machine0.iowait) / all,
      loopDelayP99Ms: this.#loop.percentile(99) / 1e6,
      generatorGc: generatorGc.since(this.gc0),
    };
  }
}

// Several windows as one: CPU in cores over their total time, steal as a share, the worst loop delay.
export function usageOf(windows) {
  const seconds = windows.reduce((n, w) => n + w.seconds, 0) || 1;
  const sum = key => windows.reduce((n, w) => n + w[key] * w.seconds, 0) / seconds;
  return {
    serverCores: round(windows.reduce((n, w) => n + w.serverCpuSeconds, 0) / seconds),
    generatorCores: round(windows.reduce((n, w) => n + w.generatorCpuSeconds, 0) / seconds),
    stealPercent: round(sum('stealShare') * 100),
    iowaitPercent: round(sum('iowaitShare') * 100),
    generatorLoopDelayP99Ms: round(Math.max(...windows.map(w => w.loopDelayP99Ms))),
    generatorGc: {
      pausesPerSecond: round(windows.reduce((n, w) => n + w.generatorGc.pauses, 0) / seconds),
      pauseMsPerSecond: round(windows.reduce((n, w) => n + w.generatorGc.pauseMs, 0) / seconds),
      longestMs: round(Math.max(...windows.map(w => w.generatorGc.longestMs))),
    },
  };
}

// The server's garbage-collection counters over one interval, read from GET /api/bench/runtime (bench
// servers only) at its start and end: collections and pause time, so that a hub's latency tail can be read
// beside the collections that stalled it. Allocation is not taken from it: the runtime's total-allocated
// count gave 1.9 to 10.4 MB/s for the same load in six runs, once equal to the echo hub's (docs/benchmarks.md).
export class RuntimeWindow {
  static async open(url, cookie) {
    const window = new RuntimeWindow(url, cookie);
    window.start = await window.#read();
    return window;
  }

  constructor(url, cookie) {
    this.url = url;
    this.cookie = cookie;
  }

  async close() {
    const end = await this.#read();
    const delta = key => end[key] - this.start[key];
    return {
      gen0Collections: delta('gen0Collections'), gen1Collections: delta('gen1Collections'), gen2Collections: delta('gen2Collections'),
      gcPauseMs: delta('pauseMs'), gen0MaxBudgetBytes: end.gen0MaxBudgetBytes,
    };
  }

  async #read() {
    const response = await fetch(`${this.url}/api/bench/runtime`, { headers: { cookie: this.cookie }, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`GET /api/bench/runtime: ${response.status}`);
    return response.json();
  }
}

// Several runtime windows as one: totals per second of measured time.
export function runtimeOf(windows) {
  if (windows.length === 0) return {};
  const seconds = windows.reduce((n, w) => n + w.seconds, 0) || 1;
  const total = key => windows.reduce((n, w) => n + w[key], 0);
  return {
    gcPerSecond: { gen0: round(total('gen0Collections') / seconds), gen1: round(total('gen1Collections') / seconds), gen2: round(total('gen2Collections') / seconds) },
    gcPauseMsPerSecond: round(total('gcPauseMs') / seconds),
    gen0MaxBudgetBytes: windows[windows.length - 1].gen0MaxBudgetBytes,
  };
}
