// Demo mode keeps one generated AUTH_SECRET in .data so sessions survive restarts and every process of
// the installation (`npm start`, `npm run worker`) signs and seals with the same one. Never used in
// production mode, where AUTH_SECRET must be given (lib/server/env.ts).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function demoAuthSecret(root: string = process.cwd()): string {
  if (process.env.APP_MODE === "production") throw new Error("No secret is generated in production mode: set AUTH_SECRET.");
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
