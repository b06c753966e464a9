import "server-only";
// Staff two-factor authentication: TOTP (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app
// reads it) through the otpauth library, and ten single-use recovery codes. The TOTP secret is kept
// encrypted (AES-256-GCM, key derived from AUTH_SECRET, docs/decisions/0012-staff-sessions-and-totp.md);
// recovery codes only as Argon2id hashes. Enrolment is two steps: a secret shown (QR code and text),
// then confirmed by a first code; only then is the second factor on.
import { createCipheriv, createDecipheriv, randomBytes, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { prisma, type StaffUser } from "../db/client";
import { recordAuditEvent, recordAuditEventNow } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { derivedKey } from "../auth/derived-keys";
import { ADMIN_ROLES, authorizeStaff, type StaffPrincipal } from "../auth/staff-access";
import type { RequestInfo } from "../request-info";
import { revokeStaffSessions } from "./staff-sessions";

export const TOTP_ISSUER = "BHXH Việt Nam";
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** One step either side: a phone clock off by up to 30 s still works. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: codes are read from paper and typed by hand. 10 characters ≈ 50 bits.
const RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const RECOVERY_CODE_LENGTH = 10;

// --- Secret at rest: "v1." + base64url(12-byte IV | ciphertext | 16-byte tag), the user id as AAD ---

export function encryptTotpSecret(base32: string, staffUserId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("staff-totp-secret:v1"), iv);
  cipher.setAAD(Buffer.from(staffUserId));
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
}

export function decryptTotpSecret(stored: string, staffUserId: string): string | null {
  if (!stored.startsWith("v1.")) return null;
  const raw = Buffer.from(stored.slice(3), "base64url");
  if (raw.length < 12 + 16 + 1) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("staff-totp-secret:v1"), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(staffUserId));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

function totpFor(base32: string, username: string): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label: username, algorithm: "SHA1", digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(base32) });
}

/** The 30-second step a valid code belongs to, or null. */
function matchingStep(base32: string, username: string, code: string, now: Date): number | null {
  const totp = totpFor(base32, username);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

export function generateRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Spaces, dashes and case do not matter when a recovery code is typed. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

// --- Enrolment ---

export type EnrolmentStart = { secret: string; otpauthUri: string; qrSvg: string };

/** Whether the staff user has two-step verification on, since when, and how many recovery codes are left. */
export async function getSecondFactorStatus(principal: StaffPrincipal): Promise<{ enabledAt: Date | null; recoveryCodesLeft: number }> {
  const user = await prisma.staffUser.findUniqueOrThrow({
    where: { id: principal.id },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft: user._count.recoveryCodes };
}

/** A new secret for the signed-in staff member (replacing any unconfirmed one), shown once. */
export async function beginTotpEnrolment(principal: StaffPrincipal): Promise<EnrolmentStart> {
  const secret = new Secret({ size: 20 }).base32;
  await prisma.staffUser.update({ where: { id: principal.id }, data: { totpPendingSecret: encryptTotpSecret(secret, principal.id) } });
  return describeSecret(secret, principal.username);
}

/** The enrolment page shown again (e.g. after a wrong code) for the same unconfirmed secret. */
export async function pendingTotpEnrolment(principal: StaffPrincipal): Promise<EnrolmentStart | null> {
  const user = await prisma.staffUser.findUnique({ where: { id: principal.id }, select: { totpPendingSecret: true } });
  const secret = user?.totpPendingSecret ? decryptTotpSecret(user.totpPendingSecret, principal.id) : null;
  return secret ? describeSecret(secret, principal.username) : null;
}

async function describeSecret(secret: string, username: string): Promise<EnrolmentStart> {
  const otpauthUri = totpFor(secret, username).toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

export type ConfirmEnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; code: "noPendingSecret" | "wrongCode" };

/** The first code from the app turns the second factor on; the ten recovery codes are returned once. */
export async function confirmTotpEnrolment(principal: StaffPrincipal, code: string, info: RequestInfo, now: Date = new Date()): Promise<ConfirmEnrolmentResult> {
  const user = await prisma.staffUser.findUnique({ where: { id: principal.id } });
  const secret = user?.totpPendingSecret ? decryptTotpSecret(user.totpPendingSecret, principal.id) : null;
  if (!user || !secret) return { ok: false, code: "noPendingSecret" };
  const step = /^\d{6}$/.test(code) ? matchingStep(secret, user.username, code, now) : null;
  if (step === null) {
    await recordAuditEventNow(prisma, { type: "staff.totpFailed", actorType: "staff", actorId: user.id, officeCode: user.officeCode, ip: info.ip, userAgent: info.userAgent, data: { during: "enrolment" } });
    return { ok: false, code: "wrongCode" };
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normalizeRecoveryCode(c))));
  await prisma.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    await tx.staffRecoveryCode.deleteMany({ where: { staffUserId: user.id } });
    await tx.staffRecoveryCode.createMany({ data: hashes.map((codeHash) => ({ staffUserId: user.id, codeHash, createdAt: now })) });
    await recordAuditEvent(tx, {
      type: "staff.totpEnrolled",
      actorType: "staff",
      actorId: user.id,
      officeCode: user.officeCode,
      ip: info.ip,
      userAgent: info.userAgent,
      data: { username: user.username, recoveryCodes: RECOVERY_CODE_COUNT, replaced: user.totpEnabledAt !== null },
    });
  });
  return { ok: true, recoveryCodes };
}

// --- Sign-in ---

export type SecondFactorResult = { ok: true; used: "totp" | "recoveryCode"; recoveryCodesLeft?: number } | { ok: false };

/**
 * Checks a 6-digit TOTP code (never the same step twice) or a recovery code (single use) for a user
 * whose second factor is on. Throttling is the caller's (sign-in-staff.ts).
 */
export async function verifySecondFactor(user: Pick<StaffUser, "id" | "username" | "totpSecret" | "totpLastStep">, input: string, now: Date = new Date()): Promise<SecondFactorResult> {
  const typed = input.trim();
  if (/^\d{6}$/.test(typed)) {
    const secret = user.totpSecret ? decryptTotpSecret(user.totpSecret, user.id) : null;
    const step = secret ? matchingStep(secret, user.username, typed, now) : null;
    if (step === null) return { ok: false };
    // Compare-and-set: of two requests with the same code, only one moves the step forward.
    const { count } = await prisma.staffUser.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? { ok: true, used: "totp" } : { ok: false };
  }
  const normalized = normalizeRecoveryCode(typed);
  if (normalized.length !== RECOVERY_CODE_LENGTH) return { ok: false };
  const unused = await prisma.staffRecoveryCode.findMany({ where: { staffUserId: user.id, usedAt: null } });
  for (const candidate of unused) {
    if (await verifyPassword(candidate.codeHash, normalized)) {
      const { count } = await prisma.staffRecoveryCode.updateMany({ where: { id: candidate.id, usedAt: null }, data: { usedAt: now } });
      return count === 1 ? { ok: true, used: "recoveryCode", recoveryCodesLeft: unused.length - 1 } : { ok: false };
    }
  }
  return { ok: false };
}

// --- Administration ---

export type ResetSecondFactorResult = { ok: true } | { ok: false; code: "forbidden" | "notFound" | "cannotChangeSelf" };

/**
 * An administrator turns off a staff member's lost authenticator: secret and recovery codes deleted,
 * every session ended; the person enrols again at their next sign-in (required for supervisors and
 * admins in production). Audited with who did it.
 */
export async function resetStaffSecondFactor(principal: StaffPrincipal | null, id: string, info: RequestInfo, now: Date = new Date()): Promise<ResetSecondFactorResult> {
  if (!authorizeStaff(principal, ADMIN_ROLES).ok || !principal) return { ok: false, code: "forbidden" };
  if (id === principal.id) return { ok: false, code: "cannotChangeSelf" };
  return prisma.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id } });
    if (!user) return { ok: false, code: "notFound" } as const;
    await tx.staffUser.update({ where: { id }, data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } });
    const deleted = await tx.staffRecoveryCode.deleteMany({ where: { staffUserId: id } });
    const ended = await revokeStaffSessions(tx, { staffUserId: id, reason: "totpReset", now });
    await recordAuditEvent(tx, {
      type: "staff.totpReset",
      actorType: "staff",
      actorId: principal.id,
      officeCode: user.officeCode,
      ip: info.ip,
      userAgent: info.userAgent,
      data: { staffUserId: id, username: user.username, wasEnabled: user.totpEnabledAt !== null, recoveryCodesDeleted: deleted.count, sessionsEnded: ended },
    });
    return { ok: true } as const;
  });
}
