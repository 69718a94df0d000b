import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

// Prints the results of one ops/bench/live/run as Markdown tables (also written to report.md in the
// run's folder): latency of the real hub against the echo floor, loss and duplicate counts from the
// generator and from the event store, durable throughput against the plain SQLite loop, and RSS.
const dir = process.argv[2];
const read = name => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const { options, rss, phases } = read('results.json');
const audit = read('audit.json');
const baseline = read('baseline.json');
const { real, echo, echoPanel, saturation } = phases;

const ratio = (a, b) => (a != null && b ? `${(a / b).toFixed(2)}x` : 'n/a');
const ok = pass => (pass ? 'met' : '**missed**');
const row = cells => `| ${cells.join(' | ')} |`;
const ms = p => `${p.p50} / ${p.p99}`;
const best = saturation.reduce((a, b) => (b.ackedPerSecond > a.ackedPerSecond ? b : a));
const durableShare = best.ackedPerSecond / baseline.rowsPerSecond;
const ackRatio = real.ackMs.p99 / echo.ackMs.p99;
const receiptRatio = real.receiptMs.p99 / echo.receiptMs.p99;
const storeDuplicates = audit.operationsAppliedTwiceOrMore;
const lost = real.lost + saturation.reduce((n, s) => n + s.lost, 0);
const clientDuplicates = [real, ...saturation].reduce((n, s) => n + s.ackedTwice + s.receivedTwice, 0);
const cpu = cpus();

const lines = [
  `Machine: ${cpu.length} cores (${cpu[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, SQLite file on ${process.env.BENCH_DISK ?? 'unknown disk'}; .NET ${process.env.BENCH_DOTNET ?? '?'}, Node ${process.versions.node}; server and generator share the machine.`,
  `Load: ${options.interviewers} interviewers in ${options.rounds} rounds (panels of ${options.panelSize}), each with a sending page and a second page; one change per ${options.meanIntervalMs / 1000} s per interviewer on average (open loop, exponential gaps), ${options.warmupSeconds} s warm-up + ${options.seconds} s measured per hub.`,
  '',
  row(['', 'scoring hub (grain + SQLite)', 'echo hub (floor)', 'ratio', 'target']),
  row(['---', '---', '---', '---', '---']),
  row(['changes sent / acked / lost', `${real.sent} / ${real.acked} / ${real.lost}`, `${echo.sent} / ${echo.acked} / ${echo.lost}`, '', `0 lost: ${ok(real.lost === 0)}`]),
  row(['send → ack p50 / p99 (ms)', ms(real.ackMs), ms(echo.ackMs), ratio(real.ackMs.p99, echo.ackMs.p99), `p99 <= 2x: ${ok(ackRatio <= 2)}`]),
  row(['send → second page p50 / p99 (ms)', ms(real.receiptMs), ms(echo.receiptMs), ratio(real.receiptMs.p99, echo.receiptMs.p99), `p99 <= 2x: ${ok(receiptRatio <= 2)}`]),
  row(['receipts missing / doubled', `${real.missingReceipts} / ${real.receivedTwice}`, `${echo.missingReceipts} / ${echo.receivedTwice}`, '', '']),
  row(['acked changes/s (measured window)', real.ackedPerSecond, echo.ackedPerSecond, '', '']),
  row(['server CPU (cores) / generator CPU / generator loop delay p99 ms', `${real.serverCores} / ${real.generatorCores} / ${real.generatorLoopDelayP99Ms}`, `${echo.serverCores} / ${echo.generatorCores} / ${echo.generatorLoopDelayP99Ms}`, '', '']),
  row(['max max latency (ms) ack / receipt', `${real.ackMs.max} / ${real.receiptMs.max}`, `${echo.ackMs.max} / ${echo.receiptMs.max}`, '', '']),
  '',
];
if (echoPanel) {
  lines.push(`Echo hub with a panel fan-out (push to the round's ${options.panelSize} sending pages, ${options.echoPanelSeconds} s): send → ack p50 / p99 ${ms(echoPanel.ackMs)} ms; send → each other panelist p50 / p99 ${ms(echoPanel.receiptMs)} ms; ${echoPanel.lost} lost, ${echoPanel.missingReceipts} receipts missing.`, '');
}
lines.push(
  row(['saturation: sending pages (closed loop)', 'acked durable changes/s', 'ack p50 / p99 (ms)', 'server CPU (cores)', 'lost']),
  row(['---', '---', '---', '---', '---']),
  ...saturation.map(s => row([s.pages, s.ackedPerSecond, ms(s.ackMs), s.serverCores, s.lost])),
  '',
  `Durable throughput: ${best.ackedPerSecond} acked changes/s at saturation vs ${Math.round(baseline.rowsPerSecond)} rows/s for the plain SQLite WAL insert loop (synchronous=FULL, one commit per row; commit p50 / p99 ${baseline.commitMsP50.toFixed(2)} / ${baseline.commitMsP99.toFixed(2)} ms): ${(durableShare * 100).toFixed(0)}% (target >= 50%: ${ok(durableShare >= 0.5)}).`,
  `Event store audit: ${audit.scorecardChangedEvents} ScorecardChanged events for ${audit.distinctOperations} operation ids; applied twice or more: ${storeDuplicates}; acked but not stored: ${audit.ackedButNotStored}; stored but never acked: ${audit.storedButNotAcked}. Generator: lost ${lost}, acked twice or received twice ${clientDuplicates}, refused ${real.failed}, resent after a drop ${real.retried}, reconnects ${real.reconnects}. Zero lost and zero duplicated: ${ok(lost === 0 && storeDuplicates === 0 && clientDuplicates === 0 && audit.ackedButNotStored === 0)}.`,
  `Server RSS: ${rss.beforeConnections} MB before any hub connection, ${rss.scoring.primariesConnected.rssMb} MB with ${rss.scoring.primariesConnected.connections} connections joined, ${rss.scoring.allConnected.rssMb} MB with ${rss.scoring.allConnected.connections}, at most ${real.rssMbMax} MB under load.`,
);
const text = lines.join('\n');
writeFileSync(join(dir, 'report.md'), text + '\n');
console.log(text);
