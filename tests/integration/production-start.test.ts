// Production starts only when it is safe: `npm start` in production mode without its secrets exits
// non-zero naming every missing variable, before it starts or generates anything; and the first
// administrator is created by `npm run staff:create-admin` with the password from standard input.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/server/auth/password-hash";
import { createPrismaClient } from "@/lib/server/db/client";
import { ensureDatabase } from "@/lib/server/db/migrate";

const root = process.cwd();

function run(script: string, options: { env: Record<string, string>; args?: string[]; stdin?: string; cwd?: string }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // tsx by path and the project's tsconfig named: the working directory may be elsewhere.
    const child = spawn(process.execPath, ["--import", pathToFileURL(path.join(root, "node_modules", "tsx", "dist", "loader.mjs")).href, "--conditions=react-server", path.join(root, script), ...(options.args ?? [])], {
      cwd: options.cwd ?? root,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json"), ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.end(options.stdin ?? "");
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start in production mode", () => {
  it("exits non-zero naming every missing or invalid variable, and generates no secret", async () => {
    // A copy-free working directory: start.ts resolves its files from the cwd, so nothing lands in the repository.
    const cwd = mkdtempSync(path.join(os.tmpdir(), "bhxh-prod-start-"));
    try {
      const result = await run("scripts/start.ts", { cwd, env: { APP_MODE: "production", PUBLIC_BASE_URL: "http://portal.example.vn", PHOTO_RETENTION_DAYS: "forever" } });
      expect(result.code).toBe(1);
      for (const name of ["DATABASE_URL", "AUTH_SECRET", "NOTIFICATION_SECRET_KEY", "TRUST_PROXY_HOPS", "SMS_DRIVER", "EMAIL_DRIVER", "PHOTO_RETENTION_DAYS"]) {
        expect(result.stderr).toContain(`${name}:`);
      }
      expect(result.stderr).toMatch(/PUBLIC_BASE_URL: must be an https:\/\/ address/);
      expect(result.stdout).not.toMatch(/PostgreSQL|Serving/);
      expect(existsSync(path.join(cwd, ".data"))).toBe(false);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("npm run worker in production mode", () => {
  it("exits non-zero naming the missing variables, before touching any database", async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "bhxh-prod-worker-"));
    try {
      const result = await run("scripts/worker.ts", { cwd, env: { APP_MODE: "production" } });
      expect(result.code).toBe(1);
      for (const name of ["DATABASE_URL", "AUTH_SECRET", "NOTIFICATION_SECRET_KEY"]) expect(result.stderr).toContain(`${name}:`);
      expect(existsSync(path.join(cwd, ".data"))).toBe(false);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("npm run staff:create-admin", () => {
  const name = `bhxh_create_admin_${process.pid}`;
  const url = new URL(inject("adminDatabaseUrl"));
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const prisma = createPrismaClient(databaseUrl);
  afterAll(() => prisma.$disconnect());
  const createAdmin = (password: string) =>
    run("scripts/create-admin.ts", { env: { DATABASE_URL: databaseUrl, APP_MODE: "demo" }, args: ["--username", "QuanTri.Tinh", "--full-name", "Nguyễn Văn An"], stdin: `${password}\n` });

  it("refuses a password the policy refuses, creating nothing and echoing nothing", async () => {
    await ensureDatabase(inject("adminDatabaseUrl"), name);
    const result = await createAdmin("12345678");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/password was refused/);
    expect(result.stdout + result.stderr).not.toContain("12345678");
    expect(await prisma.staffUser.count()).toBe(0);
  }, 60_000);

  it("creates the first administrator from standard input, audited, printing nothing secret; then refuses a second", async () => {
    const password = "Cay-tre-lang-Vong-2026";
    const result = await createAdmin(password);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Administrator "quantri.tinh" created/);
    expect(result.stdout + result.stderr).not.toContain(password);

    const admin = await prisma.staffUser.findUniqueOrThrow({ where: { username: "quantri.tinh" } });
    expect(admin).toMatchObject({ role: "admin", officeCode: null, fullName: "Nguyễn Văn An", disabledAt: null });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.passwordHash, password)).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { type: "staff.created" } });
    expect(audit).toMatchObject({ actorType: "system", data: expect.objectContaining({ staffUserId: admin.id, role: "admin", via: "staff:create-admin" }) });
    expect(JSON.stringify(audit.data)).not.toContain(password);

    const again = await createAdmin("Mot-mat-khau-khac-2026");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/administrator already exists/);
    expect(await prisma.staffUser.count()).toBe(1);
  }, 60_000);
});
