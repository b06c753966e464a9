import "server-only";
// The environment, parsed once: nothing else reads process.env for configuration. `npm start` parses it
// before anything else runs and, in production mode, refuses to start naming every problem at once.
import { z } from "zod";
import { parseTrustProxyHops } from "@/lib/domain/client-address";
import { SHEDDING_BOUNDS, SHEDDING_DEFAULTS } from "@/lib/domain/load-shedding";

const optionalUrl = z.string().url().optional().or(z.literal("").transform(() => undefined));

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string({ error: "is required" }).regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
    /** demo: seed demo staff and show the demo hints; production: never. */
    APP_MODE: z.enum(["demo", "production"]).default("demo"),
    /** Where citizens reach the portal (links in messages, QR codes, cookies' Secure flag); https in production. */
    PUBLIC_BASE_URL: z.string().url().optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** How many proxies of ours stand in front of the app (lib/domain/client-address.ts); 0 = none. */
    TRUST_PROXY_HOPS: z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (raw === undefined) return undefined;
        const hops = parseTrustProxyHops(raw);
        if (hops === null) ctx.addIssue({ code: "custom", message: "must be a whole number from 0 to 10 (the proxies in front of the app)" });
        return hops ?? undefined;
      }),
    /** Encrypts temporary passwords and one-time codes in stored notifications (lib/server/notifications/secret-box.ts). */
    NOTIFICATION_SECRET_KEY: z.string().min(32, "must be at least 32 characters").optional(),
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    STORAGE_DIR: z.string().default(".data/files"),
    S3_BUCKET: z.string().optional(),
    S3_ENDPOINT: optionalUrl,
    S3_REGION: z.string().default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    SMS_DRIVER: z.enum(["outbox", "http"]).optional(),
    SMS_GATEWAY_URL: optionalUrl,
    SMS_GATEWAY_TOKEN: z.string().optional(),
    SMS_BRANDNAME: z.string().default("BHXH"),
    EMAIL_DRIVER: z.enum(["outbox", "smtp"]).optional(),
    SMTP_URL: z.string().optional(),
    EMAIL_FROM: z.string().default("Bảo hiểm xã hội Việt Nam <khong-tra-loi@baohiemxahoi.local>"),
    PHOTO_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    // --- operations (docs/operations.md) ---
    /** Bearer token that opens /api/metrics; without it the metrics are not served at all. */
    METRICS_TOKEN: z.string().min(24, "must be at least 24 characters").optional(),
    /** Database connections per process (web node or worker): see the pool formula in docs/operations.md. */
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /** The database cancels any one statement after this long (0: never). */
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
    /** Load shedding in the front server (lib/domain/load-shedding.ts): requests in flight per web process, all kinds and heavy ones; beyond, 503 + Retry-After. */
    MAX_REQUESTS_IN_FLIGHT: z.coerce.number().int().min(SHEDDING_BOUNDS.maxInFlight.min).max(SHEDDING_BOUNDS.maxInFlight.max).default(SHEDDING_DEFAULTS.maxInFlight),
    MAX_HEAVY_REQUESTS_IN_FLIGHT: z.coerce.number().int().min(SHEDDING_BOUNDS.maxHeavyInFlight.min).max(SHEDDING_BOUNDS.maxHeavyInFlight.max).default(SHEDDING_DEFAULTS.maxHeavyInFlight),
    SHED_RETRY_AFTER_SECONDS: z.coerce.number().int().min(SHEDDING_BOUNDS.retryAfterSeconds.min).max(SHEDDING_BOUNDS.retryAfterSeconds.max).default(SHEDDING_DEFAULTS.retryAfterSeconds),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // --- VNeID (OpenID Connect; lib/server/vneid). All three, or none: without them the VNeID buttons are hidden
    // (in demo mode the built-in test provider at /vneid-thu-nghiem stands in). The claim names are the
    // national provider's; docs/decisions/0019-vneid-sign-in.md maps them to our fields.
    VNEID_ISSUER: optionalUrl,
    VNEID_CLIENT_ID: z.string().max(200).optional(),
    VNEID_CLIENT_SECRET: z.string().max(500).optional(),
    VNEID_SCOPES: z.string().default("openid profile phone address"),
    VNEID_CLAIM_ID_NUMBER: z.string().default("citizen_id"),
    VNEID_CLAIM_FULL_NAME: z.string().default("name"),
    VNEID_CLAIM_BIRTHDATE: z.string().default("birthdate"),
    VNEID_CLAIM_SEX: z.string().default("gender"),
    VNEID_CLAIM_ADDRESS: z.string().default("address"),
    VNEID_CLAIM_PHONE: z.string().default("phone_number"),
    VNEID_CLAIM_LEVEL: z.string().default("identity_level"),
    RUN_WORKER: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
  })
  .transform((env) => ({ ...env, PUBLIC_BASE_URL: env.PUBLIC_BASE_URL ?? "http://localhost:3000", TRUST_PROXY_HOPS: env.TRUST_PROXY_HOPS ?? 0 }));

export type Env = z.infer<typeof EnvSchema>;

type Problem = { path: string; message: string };

/**
 * The rules between variables, read from the raw values: they run even when some field is invalid (a
 * zod refinement would not), so one start names every problem.
 */
function ruleProblems(raw: Record<string, string | undefined>): Problem[] {
  const problems: Problem[] = [];
  const need = (path: string, message: string) => problems.push({ path, message });
  if (raw.APP_MODE === "production") {
    if (!raw.AUTH_SECRET) need("AUTH_SECRET", "is required in production mode");
    if (!raw.NOTIFICATION_SECRET_KEY) need("NOTIFICATION_SECRET_KEY", "is required in production mode");
    else if (raw.NOTIFICATION_SECRET_KEY === raw.AUTH_SECRET) need("NOTIFICATION_SECRET_KEY", "must differ from AUTH_SECRET");
    if (raw.TRUST_PROXY_HOPS === undefined) need("TRUST_PROXY_HOPS", "is required in production mode (0 without a proxy; 1 behind deploy/nginx.conf)");
    if (!raw.PUBLIC_BASE_URL) need("PUBLIC_BASE_URL", "is required in production mode (https://…)");
    else if (!raw.PUBLIC_BASE_URL.startsWith("https://")) need("PUBLIC_BASE_URL", "must be an https:// address in production mode");
    if (!raw.SMS_DRIVER) need("SMS_DRIVER", "must be chosen explicitly in production mode");
    if (!raw.EMAIL_DRIVER) need("EMAIL_DRIVER", "must be chosen explicitly in production mode");
  }
  const vneid = ["VNEID_ISSUER", "VNEID_CLIENT_ID", "VNEID_CLIENT_SECRET"] as const;
  if (vneid.some((key) => raw[key]) && !vneid.every((key) => raw[key])) {
    for (const key of vneid) if (!raw[key]) need(key, "is required with the other VNEID_ variables (VNEID_ISSUER, VNEID_CLIENT_ID, VNEID_CLIENT_SECRET)");
  }
  if (raw.APP_MODE === "production" && raw.VNEID_ISSUER && !raw.VNEID_ISSUER.startsWith("https://")) need("VNEID_ISSUER", "must be an https:// address in production mode");
  if (raw.SMS_DRIVER === "http" && !raw.SMS_GATEWAY_URL) need("SMS_GATEWAY_URL", "is required with SMS_DRIVER=http");
  if (raw.EMAIL_DRIVER === "smtp" && !raw.SMTP_URL) need("SMTP_URL", "is required with EMAIL_DRIVER=smtp");
  if (raw.STORAGE_DRIVER === "s3") {
    for (const key of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) if (!raw[key]) need(key, "is required with STORAGE_DRIVER=s3");
  }
  return problems;
}

function check(source: Record<string, string | undefined>): { env: Env; problems: [] } | { env?: undefined; problems: string[] } {
  const raw = withoutEmptyValues(source);
  const result = EnvSchema.safeParse(raw);
  const problems: Problem[] = result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join(".") || "(environment)", message: issue.message }));
  for (const problem of ruleProblems(raw)) if (!problems.some((p) => p.path === problem.path)) problems.push(problem);
  if (problems.length === 0 && result.success) return { env: result.data, problems: [] };
  return { problems: problems.map((p) => `  ${p.path}: ${p.message}`) };
}

/** Every problem of the environment, one line each ("  AUTH_SECRET: is required in production mode"); empty when valid. */
export function environmentProblems(source: Record<string, string | undefined>): string[] {
  return check(source).problems;
}

/** An empty value (`AUTH_SECRET=` in a .env file) means "not set". */
function withoutEmptyValues(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const { env, problems } = check(source);
  if (!env) throw new Error(`Invalid environment configuration:\n${problems.join("\n")}\nSee .env.example.`);
  return env;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
