import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

// Prints the results of one ops/bench/live/run as Markdown (also written to report.md in the run's
// folder): latency of the scoring hub against the echo floor, loss and duplicate counts from the
// generator and from the event store, durable throughput against the plain SQLite loop, and RSS.
const dir = process.argv[2];
const read = name => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const { options, rss, phases, baseline } = read('results.json');
const audit = read('audit.json');
const { real, echo, echoPanel, saturation } = phases;

const ratio = (a, b) => (a != null && b ? `${(a / b).toFixed(2)}x` : 'n/a');
const ok = pass => (pass ? 'met' : '**missed**');
const row = cells => `| ${cells.join(' | ')} |`;
const ms = p => `${p.p50} / ${p.p99}`;
const usage = p => `${p.serverCores} / ${p.generatorCores} / ${p.stealPercent}% / ${p.generatorLoopDelayP99Ms}`;
// A run with --saturation-steps 0 has no ramp: its report says so instead of a throughput figure.
const best = saturation.length ? saturation.reduce((a, b) => (b.ackedPerSecond > a.ackedPerSecond ? b : a)) : null;
const plain = baseline.filter(Boolean);
const plainBest = Math.max(...plain.map(b => b.rowsPerSecond));
const durableShare = best ? best.ackedPerSecond / plainBest : null;
const lost = real.lost + saturation.reduce((n, s) => n + s.lost, 0);
const clientDuplicates = [real, ...saturation].reduce((n, s) => n + s.ackedTwice + s.receivedTwice, 0);
const cpu = cpus();
const generatorGc = p => (p.generatorGc ? `${p.generatorGc.pausesPerSecond}; ${p.generatorGc.pauseMsPerSecond}; ${p.generatorGc.longestMs}` : 'n/a');
const collections = p => (p.gc?.gcPerSecond ? `${p.gc.gcPerSecond.gen0} / ${p.gc.gcPerSecond.gen1} / ${p.gc.gcPerSecond.gen2}; ${p.gc.gcPauseMsPerSecond}` : 'n/a');

// The disk probe's fsync times that fall inside a hub's measured windows.
const probe = results => {
  if (!results.diskProbe || !existsSync(results.diskProbe)) return null;
  return readFileSync(results.diskProbe, 'utf8').trim().split('\n').slice(1).map(l => l.split(',').map(Number));
};
const probeSamples = probe(read('results.json'));
const fsyncDuring = phase => {
  if (!probeSamples) return 'n/a';
  const inside = probeSamples.filter(([t]) => phase.windowsUnixMs.some(([a, b]) => t >= a && t < b)).map(([, ms]) => ms).sort((a, b) => a - b);
  if (inside.length === 0) return 'n/a';
  const at = p => inside[Math.min(inside.length - 1, Math.ceil(p * inside.length) - 1)].toFixed(2);
  return `${at(0.5)} / ${at(0.99)} / ${inside[inside.length - 1].toFixed(1)}`;
};

const lines = [
  `Machine: ${cpu.length} cores (${cpu[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, SQLite file on ${process.env.BENCH_DISK ?? 'unknown disk'}; .NET ${process.env.BENCH_DOTNET ?? '?'}, Node ${process.versions.node}; server and generator share the machine.`,
  `Load: ${options.interviewers} interviewers in ${options.rounds} rounds (panels of ${options.panelSize}), each with a sending page and a second page per hub; one change per ${options.meanIntervalMs / 1000} s per interviewer on average (open loop, exponential gaps); ${options.seconds} s measured per hub in ${options.blocks} alternating blocks, each after ${options.warmupSeconds} s of warm-up (the first block of each hub after ${options.firstWarmupSeconds} s).`,
  '',
  row(['', 'scoring hub (grain + SQLite)', 'echo hub (floor)', 'ratio', 'target']),
  row(['---', '---', '---', '---', '---']),
  row(['changes sent / acked / lost', `${real.sent} / ${real.acked} / ${real.lost}`, `${echo.sent} / ${echo.acked} / ${echo.lost}`, '', `0 lost: ${ok(real.lost === 0)}`]),
  row(['send → ack p50 / p99 (ms)', ms(real.ackMs), ms(echo.ackMs), ratio(real.ackMs.p99, echo.ackMs.p99), `p99 <= 2x: ${ok(real.ackMs.p99 <= 2 * echo.ackMs.p99)}`]),
  row(['send → second page p50 / p99 (ms)', ms(real.receiptMs), ms(echo.receiptMs), ratio(real.receiptMs.p99, echo.receiptMs.p99), `p99 <= 2x: ${ok(real.receiptMs.p99 <= 2 * echo.receiptMs.p99)}`]),
  row(['send → ack p90 / max (ms)', `${real.ackMs.p90} / ${real.ackMs.max}`, `${echo.ackMs.p90} / ${echo.ackMs.max}`, '', '']),
  row(['receipts missing / doubled', `${real.missingReceipts} / ${real.receivedTwice}`, `${echo.missingReceipts} / ${echo.receivedTwice}`, '', '']),
  row(['acked changes/s', real.ackedPerSecond, echo.ackedPerSecond, '', '']),
  row(['server cores / generator cores / CPU steal / generator loop delay p99 ms', usage(real), usage(echo), '', '']),
  row(['disk probe: 4 KB write + fsync p50 / p99 / max (ms) during the blocks', fsyncDuring(real), fsyncDuring(echo), '', '']),
  row(['server GC: collections/s gen0 / gen1 / gen2; pause ms per s', collections(real), collections(echo), '', '']),
  row(['generator GC (Node): pauses/s; pause ms per s; longest (ms)', generatorGc(real), generatorGc(echo), '', '']),
  '',
];
// Block by block: the pooled p99 above is what the target is judged on, but one stall episode of the shared
// machine landing on one hub's block can decide it. Each block of one hub ran next to the same-numbered
// block of the other, so the ratios of those pairs show how steady the difference between the hubs is.
const pairs = (real.blockAckP99Ms ?? []).map((p, i) => [p, echo.blockAckP99Ms?.[i]]).filter(([a, b]) => a != null && b);
if (pairs.length > 1) {
  const spread = xs => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    const median = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    return `${median.toFixed(2)} (${s[0].toFixed(2)}-${s.at(-1).toFixed(2)})`;
  };
  const ratios = pairs.map(([a, b]) => a / b);
  lines.push(`Per block (${pairs.length} pairs of ${options.seconds / options.blocks}-s blocks, each hub's send → ack p99 over its own block; median and range): scoring ${spread(pairs.map(p => p[0]))} ms, echo ${spread(pairs.map(p => p[1]))} ms, ratio ${spread(ratios)}x, within 2x in ${ratios.filter(r => r <= 2).length} of ${pairs.length} pairs. The target is judged on the whole run's p99 above.`, '');
}
if (real.gc?.gen0MaxBudgetBytes !== undefined) lines.push(`Server gen0 budget cap per GC heap: ${real.gc.gen0MaxBudgetBytes ? `${(real.gc.gen0MaxBudgetBytes / 2 ** 20).toFixed(0)} MiB` : 'none reported'} (decision 0017).`, '');
if (echoPanel) {
  lines.push(`Echo hub with a panel fan-out (push to the round's other ${options.panelSize - 1} sending pages, ${options.echoPanelSeconds} s): send → ack p50 / p99 ${ms(echoPanel.ackMs)} ms; send → each other panelist p50 / p99 ${ms(echoPanel.receiptMs)} ms; ${echoPanel.lost} lost, ${echoPanel.missingReceipts} receipts missing.`, '');
}
if (best) {
  lines.push(
    row(['saturation: pages sending back to back', 'acked durable changes/s', 'ack p50 / p99 (ms)', 'server cores / generator cores / steal', 'lost']),
    row(['---', '---', '---', '---', '---']),
    ...saturation.map(s => row([s.pages, s.ackedPerSecond, ms(s.ackMs), `${s.serverCores} / ${s.generatorCores} / ${s.stealPercent}%`, s.lost])),
    '',
  );
}
lines.push(
  `Plain SQLite WAL insert loop (synchronous=FULL, one commit per row), run just ${plain.map(b => `${b.label}: ${Math.round(b.rowsPerSecond)} rows/s, commit p50 / p99 ${b.commitMsP50.toFixed(2)} / ${b.commitMsP99.toFixed(2)} ms`).join('; ')}.`,
  best
    ? `Durable throughput: ${best.ackedPerSecond} acked changes/s at saturation = ${(durableShare * 100).toFixed(0)}% of the better plain loop (target >= 50%: ${ok(durableShare >= 0.5)}).`
    : 'Durable throughput: not measured (no saturation ramp in this run, --saturation-steps 0).',
  `Event store audit: ${audit.scorecardChangedEvents} ScorecardChanged events for ${audit.distinctOperations} operation ids; applied twice or more: ${audit.operationsAppliedTwiceOrMore}; acked but not stored: ${audit.ackedButNotStored}; stored but never acked: ${audit.storedButNotAcked}. Generator: lost ${lost}, acked twice or received twice ${clientDuplicates}, refused ${real.failed}, resent after a drop ${real.retried}, reconnects ${real.reconnects}. Zero lost and zero duplicated: ${ok(lost === 0 && audit.operationsAppliedTwiceOrMore === 0 && clientDuplicates === 0 && audit.ackedButNotStored === 0)}.`,
  `Server RSS: ${rss.beforeConnections} MB before any hub connection; ${rss.scoring.primariesConnected.rssMb} MB with ${rss.scoring.primariesConnected.connections} scoring-hub connections joined; ${rss.scoring.allConnected.rssMb} MB with ${rss.scoring.allConnected.connections}; ${rss.withEcho.rssMb} MB with ${rss.withEcho.connections} (echo hub too); at most ${real.rssMbMax} MB under load.`,
);
const text = lines.join('\n');
writeFileSync(join(dir, 'report.md'), text + '\n');
console.log(text);
