import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

// The plain SQLite WAL insert loop (ops/bench/live/tool, command baseline), run by the generator
// itself right before and right after the saturation ramp, so that it meets the disk in the same
// state as the server did. Each run uses a fresh file beside the server's.
export async function plainInsertLoop(options, label) {
  if (!options.toolDll) return null;
  const args = [options.toolDll, 'baseline', '--db', `${options.baselineDb}-${label}.db`, '--seconds', String(options.baselineSeconds)];
  const { stdout } = await promisify(execFile)('dotnet', args, { timeout: (options.baselineSeconds + 60) * 1000 });
  return { label, ...JSON.parse(stdout) };
}

// The disk probe (tool command probe): a 4 KB write + fsync every 20 ms beside the load, so that the
// report can show what the disk did while each hub was measured. Returns a stop function.
export function startDiskProbe(options, seconds) {
  if (!options.toolDll) return async () => null;
  const out = `${options.baselineDb}-probe.csv`;
  const args = [options.toolDll, 'probe', '--file', `${options.baselineDb}-probe.bin`, '--seconds', String(Math.min(900, Math.ceil(seconds))), '--out', out];
  const child = spawn('dotnet', args, { stdio: 'ignore' });
  const exited = new Promise(resolve => child.on('exit', resolve));
  return async () => { child.kill('SIGTERM'); await exited; return out; };
}
