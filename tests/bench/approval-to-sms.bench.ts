// Time from the approve transaction's commit to the SMS gateway receiving the approval SMS, over 200
// approvals: a scratch PostgreSQL, the real worker process (scripts/worker.ts, SMS_DRIVER=http) and a
// local HTTP gateway that records arrival times. Approvals run CONCURRENCY at a time, as several
// counters would; each is the activation plus the status change in one transaction.
import type { Declaration } from "@/lib/server/db/client";
import type { BenchResult } from "./run";
import { median, percentile, round } from "./stats";

const APPROVALS = 200;
const CONCURRENCY = 4;

export async function run(): Promise<BenchResult[]> {
  const { startScratchCluster } = await import("@/scripts/lib/scratch-database");
  const { ensureDatabase, migrate } = await import("@/lib/server/db/migrate");
  const cluster = await startScratchCluster();
  await ensureDatabase(cluster.adminUrl, "bench_sms");
  const url = cluster.urlFor("bench_sms");
  process.env.DATABASE_URL = url; // read by env() in this process (brand name, links)
  // One secret for this process and the worker child: the approval SMS is sealed here and opened there.
  process.env.AUTH_SECRET ??= "bench-auth-secret-bench-auth-secret-0123456789";
  const { createPrismaClient } = await import("@/lib/server/db/client");
  const { seedReferenceData } = await import("@/prisma/seed");
  const { startWorkerProcess } = await import("@/scripts/lib/worker-process");
  const { activateAccountForDeclaration, prepareTemporaryCredentials } = await import("@/lib/server/accounts/activate-account");
  const { createDeclaration, startSmsGateway } = await import("@/tests/integration/notifications/support");

  await migrate(url);
  const db = createPrismaClient(url);
  await seedReferenceData(db, () => {});
  const gateway = await startSmsGateway();
  const arrived = new Map<string, number>();
  let onArrival: (() => void) | undefined;
  gateway.onDelivered = (request) => {
    arrived.set(request.requestId, request.receivedAt);
    onArrival?.();
  };
  const waitFor = async (keys: string[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!keys.every((key) => arrived.has(key))) {
      if (Date.now() > deadline) throw new Error(`${keys.filter((k) => !arrived.has(k)).length} SMS never reached the gateway`);
      await new Promise<void>((resolve) => {
        onArrival = resolve;
        setTimeout(resolve, 200);
      });
    }
  };

  const worker = startWorkerProcess({
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      SMS_DRIVER: "http",
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_TOKEN: gateway.token,
      EMAIL_DRIVER: "outbox",
    },
    log: () => {},
    quiet: true,
  });

  try {
    const declarations: Declaration[] = [];
    for (let i = 0; i < APPROVALS + 1; i++) declarations.push(await createDeclaration(db));
    const committedAt = new Map<string, number>();
    const transactionMs: number[] = [];
    const approve = async (declaration: Declaration) => {
      const credentials = await prepareTemporaryCredentials(); // before the transaction, as the approve action should
      const started = performance.now();
      await db.$transaction(async (tx) => {
        await activateAccountForDeclaration(tx, { ...declaration, phone: declaration.phone! }, { now: new Date(), credentials });
        await tx.declaration.update({ where: { id: declaration.id }, data: { status: "approved", decidedAt: new Date() } });
      });
      const now = performance.timeOrigin + performance.now();
      transactionMs.push(performance.now() - started);
      committedAt.set(`approval:${declaration.id}:v1:sms`, now);
    };

    // Warm-up: the worker process is up and has delivered once.
    const [first, ...rest] = declarations;
    await approve(first!);
    await waitFor([`approval:${first!.id}:v1:sms`], 60_000);
    committedAt.clear();
    transactionMs.length = 0;

    const started = performance.now();
    const queue = [...rest];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await approve(next);
      }),
    );
    const approvalSeconds = (performance.now() - started) / 1000;
    await waitFor([...committedAt.keys()], 60_000);

    const latencies = [...committedAt.entries()].map(([key, at]) => Math.max(0, arrived.get(key)! - at));
    const duplicates = gateway.requests.length - gateway.delivered.length;
    return [
      {
        name: "approval_commit_to_sms_gateway",
        value: round(median(latencies)),
        unit: "ms",
        p50: round(median(latencies)),
        p95: round(percentile(latencies, 95)),
        max: round(Math.max(...latencies)),
        approvals: latencies.length,
        concurrency: CONCURRENCY,
        approvalsPerSecond: round(latencies.length / approvalSeconds),
        approveTransactionP50Ms: round(median(transactionMs)),
        repeatedGatewayRequests: duplicates,
        target: "p95 < 5000 ms",
      },
    ];
  } finally {
    await worker.stop();
    await gateway.close();
    await db.$disconnect();
    await cluster.stop();
  }
}
