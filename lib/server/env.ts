// The environment, parsed once: nothing else reads process.env for configuration.
import { z } from "zod";

const optionalUrl = z.string().url().optional().or(z.literal("").transform(() => undefined));

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
    /** demo: seed demo staff and show the demo hints; production: never. */
    APP_MODE: z.enum(["demo", "production"]).default("demo"),
    PUBLIC_BASE_URL: z.string().url().default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
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
    RUN_WORKER: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
  })
  .superRefine((env, ctx) => {
    if (env.APP_MODE === "production") {
      if (!env.AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production mode" });
      if (!env.SMS_DRIVER) ctx.addIssue({ code: "custom", path: ["SMS_DRIVER"], message: "must be chosen explicitly in production mode" });
      if (!env.EMAIL_DRIVER) ctx.addIssue({ code: "custom", path: ["EMAIL_DRIVER"], message: "must be chosen explicitly in production mode" });
    }
    if (env.SMS_DRIVER === "http" && !env.SMS_GATEWAY_URL) ctx.addIssue({ code: "custom", path: ["SMS_GATEWAY_URL"], message: "is required with SMS_DRIVER=http" });
    if (env.EMAIL_DRIVER === "smtp" && !env.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required with EMAIL_DRIVER=smtp" });
    if (env.STORAGE_DRIVER === "s3") {
      for (const key of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required with STORAGE_DRIVER=s3" });
      }
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(environment)"}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
