// The one Prisma client of the process, created on first use (so a build never needs a database).
// Each process holds one bounded pg pool (DB_POOL_MAX) whose statements are cut off after
// DB_STATEMENT_TIMEOUT_MS: with N app nodes and M workers the database sees at most
// N × DB_POOL_MAX + M × (DB_POOL_MAX + pg-boss's 4 + 1 listener) connections (docs/operations.md).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

export * from "./generated/client";

export type PoolSettings = {
  /** Connections this process may hold at once. */
  max?: number;
  /** Server-side statement_timeout in milliseconds (0 or absent: none). */
  statementTimeoutMs?: number;
  applicationName?: string;
};

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; bhxhPools?: Set<pg.Pool> };

/** The pools of this process, for the DB pool gauges of /api/metrics. */
export function openPools(): ReadonlySet<pg.Pool> {
  return (globalForPrisma.bhxhPools ??= new Set());
}

export function createPrismaClient(connectionString: string, settings: PoolSettings = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString,
    max: settings.max ?? 10,
    application_name: settings.applicationName ?? "bhxh",
    // A connection waits at most this long for a free slot before the request fails (and is retried by the caller).
    connectionTimeoutMillis: 10_000,
    ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
  });
  const pools = (globalForPrisma.bhxhPools ??= new Set());
  pools.add(pool);
  pool.on("error", () => {}); // an idle client's lost connection: the pool replaces it on next use
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // On the client itself, not in a module-level map: the server bundles may each hold their own copy of this
  // module while sharing the one client through globalThis.
  Object.defineProperty(client, POOL, { value: pool });
  const disconnect = client.$disconnect.bind(client);
  // Prisma does not end a pool it was given: do it, so $disconnect() lets the process exit.
  return Object.assign(client, {
    async $disconnect() {
      await disconnect();
      pools.delete(pool);
      if (!pool.ended) await pool.end();
    },
  }) as PrismaClient;
}

/** The pool settings of the environment (DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS). */
export function poolSettingsFromEnv(applicationName?: string): PoolSettings {
  const { DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS } = env();
  return { max: DB_POOL_MAX, statementTimeoutMs: DB_STATEMENT_TIMEOUT_MS, applicationName };
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL, poolSettingsFromEnv("bhxh-web"));
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

const POOL = Symbol.for("bhxh.pgPool");

/**
 * One statement straight on the pg pool behind the process's Prisma client (the same connections and limits),
 * unnamed, so it also runs through PgBouncer in transaction mode (docs/operations.md). Only for the few
 * statements of the hottest public path, the status look-up: there Prisma's own work per statement (its query
 * compiler and interpreter, ≈ 0.5 ms of JavaScript) was a quarter of the request's CPU (decision 0032).
 * `timestamp` columns hold UTC, as Prisma reads them: select them `AT TIME ZONE 'UTC'` so pg parses them as such.
 */
export async function queryOnPool<R>(text: string, values: unknown[]): Promise<R[]> {
  const pool = (client() as unknown as { [POOL]?: pg.Pool })[POOL];
  if (!pool) throw new Error("The Prisma client was not made by createPrismaClient: it has no pool of ours");
  return (await pool.query<R & pg.QueryResultRow>(text, values)).rows;
}

/** A transaction client, as passed to `prisma.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
