// Command-line options of the generator, with the full run's defaults; --quick shrinks them for a smoke test.
const FULL = {
  url: '', serverPid: 0, out: 'results.json', acked: 'acked.txt', samples: '', password: 'bench-pass',
  interviewers: 1000, rounds: 250, seconds: 60, blocks: 12, warmupSeconds: 2, firstWarmupSeconds: 15, meanIntervalMs: 2000, drainSeconds: 15,
  saturationSteps: '50,250,1000', saturationStepSeconds: 8, echoPanelSeconds: 20,
  toolDll: '', baselineDb: '', baselineSeconds: 10,
};

const QUICK = {
  interviewers: 100, rounds: 25, seconds: 10, blocks: 2, warmupSeconds: 2, firstWarmupSeconds: 4, drainSeconds: 10,
  saturationSteps: '25,100', saturationStepSeconds: 4, echoPanelSeconds: 5, baselineSeconds: 3,
};

const NUMERIC = new Set(Object.keys(FULL).filter(k => typeof FULL[k] === 'number'));

const camel = flag => flag.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

export function parseOptions(argv) {
  const options = argv.includes('--quick') ? { ...FULL, ...QUICK } : { ...FULL };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') continue;
    const name = camel(argv[i].replace(/^--/, ''));
    if (!(name in FULL) || i + 1 >= argv.length) throw new Error(`${argv[i]}: unknown option or missing value`);
    const value = argv[++i];
    options[name] = NUMERIC.has(name) ? Number(value) : value;
    if (NUMERIC.has(name) && !(Number.isFinite(options[name]) && options[name] >= 0)) throw new Error(`--${argv[i - 1]}: '${value}' is not a number >= 0`);
  }
  if (!options.url) throw new Error('--url: missing (e.g. http://127.0.0.1:5080)');
  if (!(options.blocks >= 1)) throw new Error('--blocks must be at least 1');
  if (options.interviewers % options.rounds !== 0) throw new Error('--interviewers must be a multiple of --rounds (equal panels)');
  options.panelSize = options.interviewers / options.rounds;
  options.saturationSteps = String(options.saturationSteps).split(',').map(Number).filter(n => n > 0);
  return options;
}
