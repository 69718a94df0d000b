import { execFile } from 'node:child_process';
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
