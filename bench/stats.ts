// Timing helpers shared by the benchmarks.
import { performance } from 'node:perf_hooks';

export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Runs `fn` a few times to warm up, then `runs` times; returns p50 and p95 in milliseconds. */
export async function percentiles(fn: () => Promise<unknown>, runs = 30, warmup = 3): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await timeIt(fn));
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

export function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

export const has = (name: string) => process.argv.includes(`--${name}`);
