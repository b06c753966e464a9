// What `npm run bench` adds to every result line: the load average, and for a ratio the baseline it is a ratio to.
import { describe, expect, it } from "vitest";
import { decorate, type BenchResult } from "@/tests/bench/run";

describe("bench result lines", () => {
  const results: BenchResult[] = [
    { name: "render", value: 25, unit: "ms" },
    { name: "http_vs_render", value: 1.2, unit: "ratio", baseline: "render" },
  ];

  it("carry the load average and the core count", () => {
    const line = decorate("pdf.bench.ts", results[0]!, results);
    expect(line).toMatchObject({ bench: "pdf.bench.ts", name: "render", value: 25, unit: "ms", cpus: expect.any(Number) });
    expect(Object.keys(line.loadAverage as object)).toEqual(["1m", "5m", "15m"]);
  });

  it("resolve a ratio's baseline by name to its value and unit", () => {
    expect(decorate("pdf.bench.ts", results[1]!, results)).toMatchObject({ baseline: { name: "render", value: 25, unit: "ms" } });
    const inline: BenchResult = { name: "x", value: 0.9, unit: "ratio", baseline: { name: "GET /api/health", value: 590, unit: "req/s" } };
    expect(decorate("b", inline, [inline])).toMatchObject({ baseline: { name: "GET /api/health", value: 590 } });
  });

  it("refuse a ratio without a baseline, or with one the bench did not report", () => {
    const bare: BenchResult = { name: "x", value: 0.9, unit: "ratio" };
    expect(() => decorate("b", bare, [bare])).toThrow(/without the baseline/);
    const dangling: BenchResult = { name: "x", value: 0.9, unit: "ratio", baseline: "nothing" };
    expect(() => decorate("b", dangling, [dangling])).toThrow(/"nothing" is not a result/);
  });
});
