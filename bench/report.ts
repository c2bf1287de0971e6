/** Benchmarks print one JSON object per line so CI and people can read the same output. */
export function report(name: string, value: number | string, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value, unit })}\n`);
}

/** Operations per second of `fn` over at least `minMs` milliseconds (after a short warm-up). */
export function opsPerSecond(fn: () => void, minMs = 1000): number {
  for (let i = 0; i < 50; i++) fn();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 50; i++) fn();
    count += 50;
    elapsed = performance.now() - start;
  }
  return Math.round((count * 1000) / elapsed);
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? Number.NaN;
}
