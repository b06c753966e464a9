import "server-only";
// Staff sign-in: user name + password (argon2id), throttled per account and per IP, every attempt audited.
import { z } from "zod";
import { prisma } from "../db/client";
import { recordAuditEventNow } from "../audit";
import { hitRateLimit, RATE_LIMITS, resetRateLimit } from "../rate-limit";
import { requestInfoFrom } from "../request-info";
import { hashPassword, verifyPassword } from "./password-hash";
import type { AuthorizeResult } from "./types";

const ZStaffCredentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

// Verifying against a real hash for unknown users keeps the timing the same as for known ones.
let dummyHash: Promise<string> | undefined;

export async function authorizeStaff(credentials: Partial<Record<string, unknown>>, request: Request): Promise<AuthorizeResult> {
  const parsed = ZStaffCredentials.safeParse(credentials);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const { username, password } = parsed.data;
  const { ip, userAgent } = requestInfoFrom(request.headers);

  const [perIp, perUser] = await Promise.all([
    hitRateLimit(RATE_LIMITS.staffSignInPerIp, ip ?? "unknown"),
    hitRateLimit(RATE_LIMITS.staffSignInPerAccount, username),
  ]);
  if (!perIp.allowed || !perUser.allowed) {
    await recordAuditEventNow(prisma, { type: "staff.signInFailed", actorType: "staff", ip, userAgent, data: { username, reason: "throttled" } });
    return { ok: false, code: `throttled:${Math.max(perIp.retryAfterSeconds, perUser.retryAfterSeconds)}` };
  }

  const user = await prisma.staffUser.findUnique({ where: { username } });
  dummyHash ??= hashPassword("not-a-real-password");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid || user.disabledAt) {
    await recordAuditEventNow(prisma, {
      type: "staff.signInFailed",
      actorType: "staff",
      actorId: user?.id ?? null,
      officeCode: user?.officeCode ?? null,
      ip,
      userAgent,
      data: { username, reason: !user ? "unknownUser" : user.disabledAt ? "disabled" : "wrongPassword" },
    });
    return { ok: false, code: "invalid" };
  }

  await resetRateLimit(RATE_LIMITS.staffSignInPerAccount, username);
  await recordAuditEventNow(prisma, { type: "staff.signedIn", actorType: "staff", actorId: user.id, officeCode: user.officeCode, ip, userAgent });
  return { ok: true, user: { id: user.id, name: user.fullName, kind: "staff", sessionVersion: user.sessionVersion } };
}
