import os from "node:os";
import type { BenchResult } from "./run";

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: number[]) => percentile(values, 50);
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The line of a latency bench: the p95 of `samplesMs` as its value, the p50 beside it, how many samples,
 * `context` (target, rows…) and the load average the figures were measured under.
 */
export function p95Line(name: string, samplesMs: number[], context: Record<string, unknown> = {}): BenchResult {
  return {
    name,
    value: round(percentile(samplesMs, 95), 2),
    unit: "ms",
    p50: round(median(samplesMs), 2),
    iterations: samplesMs.length,
    ...context,
    loadAverage: os.loadavg().map((l) => round(l, 2)),
  };
}
