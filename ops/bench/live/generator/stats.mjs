// Exact percentiles over every sample (a 60 s phase holds ~30,000 per metric: sorting is cheap).

export function percentiles(samples) {
  if (samples.length === 0) return { n: 0, p50: null, p90: null, p99: null, max: null };
  const sorted = Float64Array.from(samples).sort();
  const at = p => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = x => Math.round(x * 100) / 100;
  return { n: sorted.length, p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1]) };
}
