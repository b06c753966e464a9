import "server-only";
// The background worker on pg-boss (jobs kept in the same PostgreSQL, schema "pgboss"): it delivers
// the notification outbox and runs the lifecycle jobs on cron schedules. Runs inside `npm start` or as
// its own process (`npm run worker`); several may run at once against one database.
//
// Delivery is prompt: enqueueNotification() sends a PostgreSQL NOTIFY that arrives when the causing
// transaction commits; the worker LISTENs, queues a "deliver-notifications" job and wakes its pg-boss
// worker at once (about 10-50 ms from commit to the gateway). A job every minute, and one at the time
// of the next retry, cover anything a lost NOTIFY would miss.
import pg from "pg";
import PgBoss from "pg-boss";
import { VIETNAM_TIME_ZONE } from "@/lib/domain/dates";
import { createPrismaClient, poolSettingsFromEnv, type PrismaClient } from "@/lib/server/db/client";
import { newRequestId, runWithRequestContext } from "@/lib/server/logging/request-context";
import {
  deliverDueNotifications,
  driversFromEnv,
  nextDueAt,
  redactionFromEnv,
  type NotificationDrivers,
  type RedactionPolicy,
} from "@/lib/server/notifications/deliver";
import { NOTIFICATION_CHANNEL } from "@/lib/server/notifications/outbox";
import type { FileStorage } from "@/lib/server/storage";
import type { JobReport } from "./each-locked";
import { expireDeclarations } from "./expire-declarations";
import { purgeDeclarationPhotos } from "./purge-declaration-photos";
import { sendDeadlineReminders } from "./send-deadline-reminders";
import { sendPasswordExpiryReminders } from "./send-password-expiry-reminders";
import { sweepStagedUploads } from "./sweep-staged-uploads";
import { pruneNotifications } from "./prune-notifications";
import { pruneOneTimeCodes } from "./prune-one-time-codes";
import { pruneRateLimitBuckets } from "./prune-rate-limit-buckets";
import { pruneSessions } from "./prune-sessions";

export const QUEUES = {
  deliverNotifications: "deliver-notifications",
  expireDeclarations: "expire-declarations",
  deadlineReminders: "deadline-reminders",
  purgePhotos: "purge-photos",
  passwordExpiryReminders: "password-expiry-reminders",
  sweepStagedUploads: "sweep-staged-uploads",
  housekeeping: "housekeeping",
} as const;

/** Lifecycle schedules (cron, Vietnam time). Reminders to people go out in the morning, not at night. */
export const SCHEDULES = {
  [QUEUES.expireDeclarations]: "* * * * *",
  [QUEUES.deadlineReminders]: "* * * * *",
  [QUEUES.purgePhotos]: "17 * * * *",
  [QUEUES.passwordExpiryReminders]: "0 9 * * *",
  [QUEUES.sweepStagedUploads]: "*/10 * * * *",
  // Pruning counters, codes, ended sessions and old messages (lib/domain/retention.ts): hourly, off the minute.
  [QUEUES.housekeeping]: "41 * * * *",
} as const;

// The "now" kick and the every-minute backstop share one key: with the "short" policy at most one of
// them waits in the queue, so a burst of commits becomes one delivery run, never a pile of jobs.
const KICK_KEY = "now";

export type WorkerOptions = {
  databaseUrl: string;
  /** Tests inject drivers; the environment chooses otherwise (SMS_DRIVER, EMAIL_DRIVER). */
  drivers?: NotificationDrivers;
  /** Which channels' delivered secrets to redact; by default those whose environment driver is not the outbox. */
  redaction?: RedactionPolicy;
  storage?: FileStorage;
  /** Register the lifecycle cron schedules (default true). */
  schedules?: boolean;
  log?: (message: string) => void;
};

export type RunningWorker = {
  /** Ask for a delivery run now (what a NOTIFY does). */
  kick(): Promise<void>;
  stop(): Promise<void>;
};

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? ((message: string) => console.log(`[worker] ${message}`));
  const db = createPrismaClient(options.databaseUrl, poolSettingsFromEnv("bhxh-worker"));
  const drivers = options.drivers ?? driversFromEnv();
  const redaction = options.redaction ?? (options.drivers ? { sms: false, email: false } : redactionFromEnv());
  const boss = new PgBoss({ connectionString: options.databaseUrl, application_name: "bhxh-worker", max: 4, schedule: options.schedules !== false });
  boss.on("error", (error) => log(`pg-boss: ${error.message}`));
  let stopping = false;

  // Workers started together (a deploy, `npm run cluster`) would deadlock creating the same queues.
  await whileHoldingStartupLock(options.databaseUrl, async () => {
    await boss.start();
    await boss.createQueue(QUEUES.deliverNotifications, { name: QUEUES.deliverNotifications, policy: "short", retryLimit: 0, expireInSeconds: 900 });
    for (const name of Object.keys(SCHEDULES)) {
      // "singleton": one run of each lifecycle job at a time across all workers (rows are locked anyway).
      await boss.createQueue(name, { name, policy: "singleton", retryLimit: 2, retryDelay: 30, expireInSeconds: 1800 });
    }
  });

  const deliveryRun = async () => {
    for (;;) {
      const report = await deliverDueNotifications({
        db,
        drivers,
        redaction,
        onError: (row, error) => log(`delivery of ${row.channel} ${row.id} (attempt ${row.attempts}) failed: ${error instanceof Error ? error.message : String(error)}`),
      });
      if (report.failed) log(`${report.failed} notification(s) failed for good (see Notification.lastError)`);
      if (report.claimed === 0 || stopping) break;
    }
    // Wake up again when the next retry is due.
    const next = await nextDueAt(db);
    if (next && !stopping) {
      const at = new Date(Math.max(next.getTime(), Date.now()));
      await boss.sendAfter(QUEUES.deliverNotifications, {}, { singletonKey: `at:${Math.ceil(at.getTime() / 1000)}` }, at);
    }
  };
  const deliverWorkerId = await boss.work(QUEUES.deliverNotifications, { pollingIntervalSeconds: 1, batchSize: 1 }, () =>
    runWithRequestContext({ requestId: `job-${newRequestId()}` }, deliveryRun),
  );

  const lifecycle: Record<keyof typeof SCHEDULES, (now: Date) => Promise<JobReport>> = {
    [QUEUES.expireDeclarations]: (now) => expireDeclarations(now, { db, onError: jobError("expire", log) }),
    [QUEUES.deadlineReminders]: (now) => sendDeadlineReminders(now, { db, onError: jobError("reminder", log) }),
    [QUEUES.purgePhotos]: (now) => purgeDeclarationPhotos(now, { db, storage: options.storage, onError: jobError("purge", log) }),
    [QUEUES.passwordExpiryReminders]: (now) => sendPasswordExpiryReminders(now, { db, onError: jobError("password reminder", log) }),
    [QUEUES.sweepStagedUploads]: (now) => sweepStagedUploads(now, { db, storage: options.storage, onError: jobError("staged upload sweep", log) }),
    [QUEUES.housekeeping]: (now) => housekeeping(now, db, log),
  };
  for (const [name, run] of Object.entries(lifecycle)) {
    // Each run has its own id in the logs and in the audit events it records (request-context.ts).
    await boss.work(name, { pollingIntervalSeconds: 5 }, () =>
      runWithRequestContext({ requestId: `job-${newRequestId()}` }, async () => {
        const report = await run(new Date());
        if (report.done || report.errors) log(`${name}: ${report.done} done, ${report.errors} failed`);
      }),
    );
  }
  if (options.schedules !== false) {
    for (const [name, cron] of Object.entries(SCHEDULES)) await boss.schedule(name, cron, {}, { tz: VIETNAM_TIME_ZONE });
    await boss.schedule(QUEUES.deliverNotifications, "* * * * *", {}, { singletonKey: KICK_KEY });
  }

  let kicking: Promise<void> | undefined;
  let kickAgain = false;
  // Coalesces a burst of NOTIFYs into one job (and at most one more queued behind a running one).
  const kick = async (): Promise<void> => {
    if (stopping) return;
    if (kicking) {
      kickAgain = true;
      return kicking;
    }
    kicking = (async () => {
      try {
        do {
          kickAgain = false;
          await boss.send(QUEUES.deliverNotifications, {}, { singletonKey: KICK_KEY });
          boss.notifyWorker(deliverWorkerId);
        } while (kickAgain && !stopping);
      } catch (error) {
        log(`could not queue a delivery run: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        kicking = undefined;
      }
    })();
    return kicking;
  };

  const listener = listenForNotifications(options.databaseUrl, () => void kick(), log);
  await listener.ready;
  await kick(); // rows written while no worker was running

  return {
    kick,
    async stop() {
      if (stopping) return;
      stopping = true;
      await listener.close();
      await kicking;
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      await db.$disconnect();
    },
  };
}

/** The pruning jobs in one run; each deletes in bounded batches, so one run never holds long locks. */
export async function housekeeping(now: Date, db: PrismaClient, log: (message: string) => void): Promise<JobReport> {
  const [buckets, codes, sessions, messages] = [
    await pruneRateLimitBuckets(now, { db }),
    await pruneOneTimeCodes(now, { db }),
    await pruneSessions(now, { db }),
    await pruneNotifications(now, { db }),
  ];
  const done = buckets.deleted + codes.oneTimeCodes + codes.phoneVerifications + sessions.deviceSessions + sessions.staffSessions + messages.deleted;
  if (done) {
    log(
      `housekeeping: deleted ${buckets.deleted} rate-limit counters, ${codes.oneTimeCodes} one-time codes, ${codes.phoneVerifications} phone verifications, ` +
        `${sessions.deviceSessions + sessions.staffSessions} ended sessions, ${messages.deleted} old messages`,
    );
  }
  return { candidates: done, done: 0, skipped: 0, errors: 0 };
}

/** A session advisory lock around the worker's start-up, held on a connection of its own. */
const STARTUP_LOCK_KEY = 72_707_016;
async function whileHoldingStartupLock(databaseUrl: string, body: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "bhxh-worker-start" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    await body();
  } finally {
    await client.end().catch(() => {}); // ending the session releases the lock
  }
}

function jobError(job: string, log: (message: string) => void) {
  return (id: string, error: unknown) => log(`${job} of ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** A dedicated connection LISTENing for enqueued notifications; reconnects (and catches up) after a failure. */
function listenForNotifications(databaseUrl: string, onNotify: () => void, log: (message: string) => void) {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delayMs = 500;

  const connect = async (): Promise<void> => {
    const current = new pg.Client({ connectionString: databaseUrl, application_name: "bhxh-worker-listen" });
    client = current;
    current.on("notification", () => onNotify());
    current.on("error", (error) => {
      log(`notification listener: ${error.message}`);
      reconnect(current);
    });
    current.on("end", () => reconnect(current));
    await current.connect();
    await current.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    delayMs = 500;
  };

  const reconnect = (failed: pg.Client) => {
    if (closed || failed !== client || retry) return;
    client = undefined;
    failed.removeAllListeners("end");
    void failed.end().catch(() => {});
    retry = setTimeout(() => {
      retry = undefined;
      connect()
        .then(() => onNotify()) // anything committed while disconnected
        .catch((error: Error) => {
          log(`notification listener: reconnect failed (${error.message}); retrying`);
          delayMs = Math.min(delayMs * 2, 30_000);
          if (client) reconnect(client);
        });
    }, delayMs);
  };

  return {
    ready: connect(),
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = undefined;
      if (current) {
        current.removeAllListeners("end");
        await current.end().catch(() => {});
      }
    },
  };
}

