import "server-only";
// Structured JSON logs (pino) on stdout, one object per line, each carrying the current request id
// (request-context.ts). Personal data never goes to the logs: callers log ids and codes, not people,
// and the redact paths below are a second line of defence for fields that slip in by mistake; error
// messages are scrubbed of long digit runs (ID numbers, phones, BHXH codes) because drivers and
// Prisma quote values in them.
import pino, { type Logger } from "pino";
import { env } from "../env";
import { currentRequestId } from "./request-context";

/** Field names that may hold personal data or secrets, at any of the first levels of a log object. */
export const REDACTED_FIELDS = [
  "password",
  "newPassword",
  "currentPassword",
  "temporaryPassword",
  "token",
  "accessToken",
  "refreshToken",
  "code",
  "otp",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "phone",
  "email",
  "recipient",
  "idNumber",
  "cccd",
  "bhxhCode",
  "fullName",
  "name",
  "dateOfBirth",
  "address",
  "body",
  "html",
] as const;

export const REDACT_PATHS: string[] = REDACTED_FIELDS.flatMap((field) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(field) ? field : `["${field}"]`;
  const dot = key.startsWith("[") ? key : `.${key}`;
  return [key, `*${dot}`, `*.*${dot}`];
});

const LONG_NUMBER = /\+?\d[\d .-]{7,}\d/g;

/** An error as a log field: its kind, code and message with long numbers blanked, and the stack's frames. */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    message: scrub(error.message),
    // The frames only: the first line repeats the (unscrubbed) message.
    stack: error.stack?.split("\n").slice(1, 8).join("\n"),
  };
}

export function scrub(text: string): string {
  return text.replace(LONG_NUMBER, "[number]").slice(0, 1000);
}

function level(): string {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info"; // the environment is reported by its own check; logging must still work
  }
}

export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: level(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "msg",
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: errorForLog, error: errorForLog },
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

const LOGGER_KEY = Symbol.for("bhxh.logger");
const holder = globalThis as unknown as { [LOGGER_KEY]?: Logger };

/** The process's logger; `log.child({ component: "worker" })` for a part of it. */
export function logger(): Logger {
  return (holder[LOGGER_KEY] ??= createLogger());
}
