import "server-only";
// Liveness and readiness. Liveness (GET /api/health) says the process answers: no database round trip, so a
// busy process or a slow database never gets a live node restarted. Readiness (GET /api/health/ready) says
// whether this node should receive traffic: the database answers within its own short budget (counted from
// when the check starts, not from when the request arrived), every migration shipped with this build is
// applied, and the process is not draining.
import path from "node:path";
import { prisma, type PrismaClient } from "./db/client";
import { listMigrations } from "./db/migrate";
import { isDraining } from "./draining";

/** How long readiness waits for the database, counted from when the check starts. */
export const READINESS_DATABASE_BUDGET_MS = 500;
const CLIENT_START_BUDGET_MS = 10_000;
/** Seconds a caller (proxy, orchestrator) is asked to wait before asking readiness again. */
export const READINESS_RETRY_AFTER_SECONDS = 5;

export type Liveness = { status: "ok"; uptimeSeconds: number };

export function liveness(): Liveness {
  return { status: "ok", uptimeSeconds: Math.floor(process.uptime()) };
}

export type Readiness = {
  ready: boolean;
  checks: {
    database: { status: "ok" | "down"; ms: number };
    migrations: { status: "ok" | "pending" | "unknown"; missing?: number };
    draining: { status: "ok" | "draining" };
  };
};

const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const shippedCache = new Map<string, string[]>();

/** The migrations shipped with this build, as the runner sees them (read once per folder: they do not change while running). */
function shippedMigrations(dir: string): string[] {
  let names = shippedCache.get(dir);
  if (!names) {
    names = listMigrations(dir).map((migration) => migration.name);
    shippedCache.set(dir, names);
  }
  return names;
}

class BudgetExceeded extends Error {}

function withinBudget<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceeded()), Math.max(0, deadline - performance.now()));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function readiness(
  options: { db?: PrismaClient; migrationsDir?: string; budgetMs?: number } = {},
): Promise<Readiness> {
  const db = options.db ?? prisma;
  // The client's one-time start (loading Prisma's query compiler, no network) is not the database's time.
  await withinBudget(db.$connect(), performance.now() + CLIENT_START_BUDGET_MS).catch(() => {});
  const started = performance.now();
  const deadline = started + (options.budgetMs ?? READINESS_DATABASE_BUDGET_MS);
  const draining = isDraining();
  let database: Readiness["checks"]["database"];
  let migrations: Readiness["checks"]["migrations"] = { status: "unknown" };
  try {
    // Two short statements: whether Prisma's bookkeeping table exists, then what it says is applied.
    const [table] = await withinBudget(
      db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
      deadline,
    );
    const applied = table?.present
      ? await withinBudget(
          db.$queryRaw<{ migration_name: string }[]>`
            SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          deadline,
        )
      : [];
    database = { status: "ok", ms: Math.round(performance.now() - started) };
    const appliedNames = new Set(applied.map((row) => row.migration_name));
    const missing = shippedMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR).filter((name) => !appliedNames.has(name));
    migrations = missing.length === 0 ? { status: "ok" } : { status: "pending", missing: missing.length };
  } catch (error) {
    if (!(error instanceof BudgetExceeded) && process.env.NODE_ENV !== "test") {
      console.error("[health] readiness: the database check failed:", error instanceof Error ? error.message : String(error));
    }
    database = { status: "down", ms: Math.round(performance.now() - started) };
  }
  return {
    ready: database.status === "ok" && migrations.status === "ok" && !draining,
    checks: { database, migrations, draining: { status: draining ? "draining" : "ok" } },
  };
}
