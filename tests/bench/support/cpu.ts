// Where the CPU went during a bench phase, in cores (CPU seconds ÷ wall seconds), read from /proc: a process and
// everything below it (a PostgreSQL server and its backends, nginx's master and workers), and the machine as a
// whole. On a machine where the app, the proxy, the database and the load generator share the cores, this is
// what says why one more node does not add throughput. Linux only; elsewhere every figure is null.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the project runs on (`getconf CLK_TCK`)

type Stat = { ppid: number; ticks: number };

/** utime + stime + the times of children it has waited for (cutime + cstime: a PostgreSQL backend that ended). */
function statOf(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): ppid is field 4, utime..cstime fields 14–17.
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
}

/** CPU seconds used so far by `root` and every process below it. */
export function treeCpuSeconds(root: number | undefined): number | null {
  if (!root || !statOf(root)) return null;
  const stats = new Map<number, Stat>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = statOf(pid);
    if (stat) stats.set(pid, stat);
  }
  let ticks = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === pid) pending.push(child);
  }
  return ticks / TICKS_PER_SECOND;
}

/** The machine's busy CPU seconds so far, all cores (everything but idle and iowait). */
export function machineCpuSeconds(): number | null {
  try {
    const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
    return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export type CpuProbe = Record<string, () => number | null>;

/** Starts a measurement over the named probes; the returned function gives each one's cores since then. */
export function measureCpu(probes: CpuProbe): () => Record<string, number | null> & { cores: number } {
  const started = performance.now();
  const before = Object.fromEntries(Object.entries(probes).map(([name, probe]) => [name, probe()]));
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const cores = Object.fromEntries(
      Object.entries(probes).map(([name, probe]) => {
        const now = probe();
        const then = before[name];
        return [name, now === null || then === null || then === undefined ? null : Math.round(((now - then) / seconds) * 100) / 100];
      }),
    );
    return { ...cores, cores: os.cpus().length };
  };
}
