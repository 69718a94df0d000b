import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

// What /proc says about a process: resident memory and CPU time used.
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

// CPU of the server and of this generator, and the generator's event-loop delay, over one interval:
// a busy generator would add its own delay to every latency, so it is reported beside them.
export class CpuWindow {
  #loop = monitorEventLoopDelay({ resolution: 10 });

  constructor(serverPid) {
    this.serverPid = serverPid;
    this.server0 = cpuSeconds(serverPid);
    this.self0 = process.cpuUsage();
    this.t0 = performance.now();
    this.#loop.enable();
  }

  close() {
    this.#loop.disable();
    const seconds = (performance.now() - this.t0) / 1000;
    const self = process.cpuUsage(this.self0);
    const round = x => Math.round(x * 100) / 100;
    return {
      serverCores: round((cpuSeconds(this.serverPid) - this.server0) / seconds),
      generatorCores: round((self.user + self.system) / 1e6 / seconds),
      generatorLoopDelayP99Ms: round(this.#loop.percentile(99) / 1e6),
    };
  }
}
