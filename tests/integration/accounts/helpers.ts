// Shared by the account tests: accounts made directly in the database (activation is another issue's
// service), request details, and the one-time code read back from its SMS in the outbox.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { prisma } from "@/lib/server/db/client";
import { hashPassword } from "@/lib/server/auth/password-hash";
import { isSealed, openStored } from "@/lib/server/notifications/secret-box";
import { generateTemporaryPassword } from "@/lib/domain/password-policy";
import type { RequestInfo } from "@/lib/server/request-info";
import { buildPerson, type PersonFixture } from "@/tests/factories/people";
import { createRng } from "@/tests/factories/random";
import { searchableText } from "@/lib/domain/identifiers";

// The tickets and code hashes are keyed by AUTH_SECRET, which the integration setup does not set.
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const rng = createRng(Number(process.env.VITEST_POOL_ID ?? 1) * 7919 + Date.now() % 100_000);
let ipCounter = 0;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A request from its own IP, so per-IP limits of one test never touch another. */
export function device(name = "Chrome Android"): RequestInfo {
  ipCounter++;
  const userAgent =
    name === "Chrome Android"
      ? "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"
      : "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";
  return { ip: `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${ipCounter % 250}`, userAgent };
}

export type TestAccount = { id: string; bhxhCode: string; phone: string; password: string; fullName: string };

/** An active account as approval leaves it: a temporary password that must be changed. */
export async function createAccount(
  overrides: { password?: string; mustChangePassword?: boolean; passwordChangedAt?: Date; status?: "active" | "locked" | "closed"; person?: Partial<PersonFixture> } = {},
): Promise<TestAccount> {
  const person = buildPerson(rng, overrides.person);
  const password = overrides.password ?? generateTemporaryPassword();
  await prisma.participant.create({
    data: {
      bhxhCode: person.bhxhCode,
      fullName: person.fullName,
      fullNameSearch: searchableText(person.fullName),
      dateOfBirth: new Date(person.dateOfBirth),
      sex: person.sex,
      idNumber: person.idNumber,
      address: "Số 1 phố Tràng Tiền, Hà Nội",
      phone: person.phone,
    },
  });
  const account = await prisma.account.create({
    data: {
      bhxhCode: person.bhxhCode,
      passwordHash: await hashPassword(password),
      mustChangePassword: overrides.mustChangePassword ?? true,
      passwordChangedAt: overrides.passwordChangedAt ?? new Date(Date.now() - 1000),
      phone: person.phone,
      status: overrides.status ?? "active",
      activatedAt: new Date(Date.now() - 1000),
    },
  });
  return { id: account.id, bhxhCode: person.bhxhCode, phone: person.phone, password, fullName: person.fullName };
}

/** The 6-digit code in the SMS written to the outbox for this challenge (stored sealed, opened as the deliverer does). */
export async function codeFromSms(challengeId: string): Promise<string> {
  const stored = await prisma.notification.findUnique({ where: { idempotencyKey: `otp:${challengeId}:sms` } });
  expect(stored, `an SMS for challenge ${challengeId}`).not.toBeNull();
  expect(isSealed(stored!.body), "the code is not stored in clear").toBe(true);
  const sms = openStored(stored!);
  expect(sms.channel).toBe("sms");
  expect(sms.template).toBe("otp");
  const code = /\b(\d{6})\b/.exec(sms.body)?.[1];
  expect(code, sms.body).toBeDefined();
  return code!;
}

/** A code that is not the right one. */
export function wrongCode(right: string): string {
  return String((Number(right) + 1) % 1_000_000).padStart(6, "0");
}

export const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

export const uuid = () => randomUUID();
