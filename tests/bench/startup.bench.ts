// Time from `npm start` to a healthy /api/health on an existing data directory (a bench-only one).
import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "@/lib/server/db/embedded";
import type { BenchResult } from "./run";
import { median, percentile, round } from "./stats";

const dataDir = path.join(process.cwd(), ".data", "bench-startup-pg");

async function startOnce(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: "" },
    stdio: "ignore",
    detached: true,
  });
  try {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the portal did not become healthy within 5 minutes");
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGINT");
    await exited;
  }
}

export async function run(): Promise<BenchResult[]> {
  const first = await startOnce(); // creates and seeds the data directory (and builds if needed)
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) samples.push(await startOnce());
  return [
    { name: "startup_to_healthy_existing_data", value: round(median(samples)), unit: "ms", p95: round(percentile(samples, 95)), samples: samples.map((s) => round(s)), firstStartIncludingSeedMs: round(first) },
  ];
}
