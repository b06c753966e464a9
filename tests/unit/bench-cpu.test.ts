// The cluster bench says where the CPU went from /proc (tests/bench/support/cpu.ts): a child that burns CPU must
// show in its parent's tree and on the machine, and a process that does nothing must not.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { machineCpuSeconds, measureCpu, treeCpuSeconds } from "@/tests/bench/support/cpu";

describe.skipIf(process.platform !== "linux")("CPU per process tree", () => {
  it("counts a busy child in its parent's tree and on the machine, and nothing for an idle process", async () => {
    // Started (and done starting: Node's own start-up costs CPU) before the measurement begins.
    const idle = spawn(process.execPath, ["-e", "process.stdout.write('x'); setTimeout(() => {}, 30000)"], { stdio: ["ignore", "pipe", "ignore"] });
    await new Promise((r) => idle.stdout!.once("data", r));
    const probe = measureCpu({ tree: () => treeCpuSeconds(process.pid), idle: () => treeCpuSeconds(idle.pid), machine: machineCpuSeconds });
    const treeBefore = treeCpuSeconds(process.pid)!;
    // The child burns 0.3 s of its own CPU (however long that takes on a busy machine), says so, and waits.
    const busy = spawn(process.execPath, ["-e", "while (process.cpuUsage().user + process.cpuUsage().system < 300000); process.stdout.write('x'); setInterval(() => {}, 1000)"], { stdio: ["ignore", "pipe", "ignore"] });
    await new Promise((r) => busy.stdout!.once("data", r));
    const during = treeCpuSeconds(process.pid)!;
    busy.kill();
    const cores = probe();
    idle.kill();
    expect(during - treeBefore).toBeGreaterThan(0.2);
    expect(cores.tree).toBeGreaterThan(0.2);
    expect(cores.machine).toBeGreaterThan(0.2);
    expect(cores.idle).toBeLessThan(0.05);
    expect(cores.cores).toBeGreaterThanOrEqual(1);
    expect(treeCpuSeconds(2 ** 22 + 12345)).toBeNull();
  });
});
