// `npm start` reduced to its supervision, for tests: runs tests/support/stub-serve.ts under the real
// startWebServerProcess (restarts, pid file, stopping an orphan left by a killed run).
//   PORT, PID_FILE; prints "ready" once supervising.
import path from "node:path";
import { startWebServerProcess, stopOrphanedWebServer } from "../../scripts/lib/web-server-process";

const log = (msg: string) => console.log(`[supervise-stub] ${msg}`);
const pidFile = process.env.PID_FILE!;
stopOrphanedWebServer(log, pidFile);
const server = startWebServerProcess({
  env: process.env,
  log,
  pidFile,
  script: path.join(import.meta.dirname, "stub-serve.ts"),
  initialDelayMs: 200,
  onGiveUp: () => process.exit(1),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.stop().then(() => process.exit(0)));
console.log("ready");
