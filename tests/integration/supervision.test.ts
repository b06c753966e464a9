// `npm start` supervision (scripts/lib/web-server-process.ts, scripts/lib/supervisor.ts) with a stub web
// server behind the real front server: a SIGKILLed server comes back, repeated fast failures give up
// instead of looping, and a run killed as a whole (or an orphaned server) does not block the next one.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { freePort } from "@/lib/server/db/embedded";
import { SERVER_ONLY_PRELOAD, startWebServerProcess } from "@/scripts/lib/web-server-process";
import type { Supervised } from "@/scripts/lib/supervisor";

const stub = path.join(process.cwd(), "tests", "support", "stub-serve.ts");
const driver = path.join(process.cwd(), "tests", "support", "supervise-stub.ts");
const dir = mkdtempSync(path.join(os.tmpdir(), "bhxh-supervision-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const quiet = () => {};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The stub's answer on the port, or null while nothing listens. */
async function ask(port: number): Promise<{ pid: number; forwardedFor: string } | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": "203.0.113.99" }, signal: AbortSignal.timeout(2000) });
    return (await response.json()) as { pid: number; forwardedFor: string };
  } catch {
    return null;
  }
}

async function waitForAnswer(port: number, timeoutMs: number, accept: (answer: { pid: number }) => boolean = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await ask(port);
    if (answer && accept(answer)) return answer;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered on port ${port} within ${timeoutMs} ms`);
}

function supervise(port: number, extraEnv: Record<string, string> = {}, onGiveUp: () => void = quiet): Supervised & { pidFile: string } {
  const server = startWebServerProcess({
    env: { ...process.env, PORT: String(port), ...extraEnv },
    log: quiet,
    script: stub,
    pidFile: path.join(dir, `server-${port}.pid`),
    initialDelayMs: 100,
    onGiveUp,
  });
  cleanups.push(() => server.stop());
  return server;
}

function startDriver(port: number, pidFile: string): ChildProcess {
  // Its own process group, as `npm start` in a terminal: the test kills the group as a whole.
  const child = spawn(process.execPath, ["--import", "tsx", driver], { env: { ...process.env, PORT: String(port), PID_FILE: pidFile }, stdio: "ignore", detached: true });
  cleanups.push(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  });
  return child;
}

describe("the web server under supervision", () => {
  it("answers again within 30 s after its process is SIGKILLed, with the client address still pinned", async () => {
    const port = await freePort();
    const server = supervise(port);
    const first = await waitForAnswer(port, 20_000);
    expect(first.forwardedFor).toBe("127.0.0.1"); // the forged header never reaches the app
    expect(Number(readFileSync(server.pidFile, "utf8"))).toBe(first.pid);

    process.kill(first.pid, "SIGKILL");
    const second = await waitForAnswer(port, 30_000, (answer) => answer.pid !== first.pid);
    expect(alive(first.pid)).toBe(false);
    expect(Number(readFileSync(server.pidFile, "utf8"))).toBe(second.pid);
  }, 60_000);

  it("gives up (and says so) after repeated fast failures instead of restarting forever", async () => {
    const port = await freePort();
    let gaveUp = 0;
    const server = supervise(port, { STUB_CRASH: "1" }, () => gaveUp++);
    await expect.poll(() => gaveUp, { timeout: 20_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(gaveUp).toBe(1);
    expect(server.current()).toBeUndefined();
  }, 30_000);

  it("stops on request: SIGTERM to the server, no restart, the pid file removed", async () => {
    const port = await freePort();
    const server = supervise(port);
    const { pid } = await waitForAnswer(port, 20_000);
    await server.stop();
    expect(alive(pid)).toBe(false);
    expect(existsSync(server.pidFile)).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    expect(await ask(port)).toBeNull();
  }, 30_000);
});

describe("the next start after a killed one", () => {
  it("recovers when the whole process group was SIGKILLed", async () => {
    const port = await freePort();
    const pidFile = path.join(dir, "group.pid");
    const first = startDriver(port, pidFile);
    const before = await waitForAnswer(port, 20_000);
    process.kill(-first.pid!, "SIGKILL");
    await expect.poll(() => alive(before.pid), { timeout: 10_000 }).toBe(false);
    expect(existsSync(pidFile)).toBe(true); // nobody could clean up: the stale pid file stays

    startDriver(port, pidFile);
    const after = await waitForAnswer(port, 30_000, (answer) => answer.pid !== before.pid);
    expect(Number(readFileSync(pidFile, "utf8"))).toBe(after.pid);
  }, 60_000);

  it("stops a web server orphaned by a SIGKILLed supervisor before taking the port", async () => {
    const port = await freePort();
    const pidFile = path.join(dir, "orphan.pid");
    // An orphan without an IPC channel (it cannot notice its parent is gone): started by hand, pid recorded.
    const orphan = spawn(process.execPath, ["--import", "tsx", "--import", SERVER_ONLY_PRELOAD, stub], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
    cleanups.push(() => orphan.kill("SIGKILL"));
    const { pid } = await waitForAnswer(port, 20_000);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(pidFile, String(pid));

    startDriver(port, pidFile);
    const after = await waitForAnswer(port, 30_000, (answer) => answer.pid !== pid);
    expect(alive(pid)).toBe(false);
    expect(after.pid).not.toBe(pid);
  }, 60_000);
});
