import "server-only";
// Which transport each channel uses, from the environment: SMS_DRIVER (outbox | http) and
// EMAIL_DRIVER (outbox | smtp). The outbox is the default when unset, never in production mode
// (env.ts refuses an unset driver there; this module refuses it again).
import { env, type Env } from "@/lib/server/env";
import { createHttpSmsDriver, createOutboxDrivers, createSmtpEmailDriver, type EmailDriver, type SmsDriver } from "./drivers";
import type { NotificationChannel } from "./outbox";

export type NotificationDrivers = { sms: SmsDriver; email: EmailDriver };
export type DriverName = "outbox" | "http" | "smtp";

/** The driver a channel uses: SMS_DRIVER / EMAIL_DRIVER, or the outbox when unset (env.ts refuses "unset" in production). */
export function activeDriver(channel: NotificationChannel, config: Env = env()): DriverName {
  const chosen = channel === "sms" ? config.SMS_DRIVER : config.EMAIL_DRIVER;
  if (chosen) return chosen;
  if (config.APP_MODE === "production") throw new Error(`${channel === "sms" ? "SMS_DRIVER" : "EMAIL_DRIVER"} must be set in production mode`);
  return "outbox";
}

export function driversFromEnv(config: Env = env()): NotificationDrivers {
  const outbox = createOutboxDrivers();
  const sms =
    activeDriver("sms", config) === "http"
      ? createHttpSmsDriver({ url: config.SMS_GATEWAY_URL ?? "", token: config.SMS_GATEWAY_TOKEN ?? "", brandname: config.SMS_BRANDNAME })
      : outbox.sms;
  const email = activeDriver("email", config) === "smtp" ? createSmtpEmailDriver({ url: config.SMTP_URL ?? "", from: config.EMAIL_FROM }) : outbox.email;
  return { sms, email };
}
