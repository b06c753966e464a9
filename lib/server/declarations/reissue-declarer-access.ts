import "server-only";
// "Tải lại tờ khai" on /tra-cuu: the reference and ID number that found the declaration, plus the declared
// phone confirmed by SMS code just now, give this browser the declarer's access again — the same token the
// confirmation page, the correction form and the PDF route accept (declaration-access.ts). The reference
// and ID number alone never do (others may know both). Audited; rate-limited per address.
import { normalizeIdNumber } from "@/lib/domain/identifiers";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";
import { recordAuditEvent } from "../audit";
import { prisma } from "../db/client";
import { checkVerificationToken, type TokenCheck } from "../phone-verification/verification-token";
import { hitRateLimit, type RateLimitRule } from "../rate-limit";
import type { RequestInfo } from "../request-info";
import { deriveDeclarationAccessToken } from "./declaration-access";
import { lookupDeclarationStatus } from "./get-declaration-for-declarer";

export const REISSUE_ACCESS_PER_IP: RateLimitRule = { name: "declaration-reissue-ip", limit: 20, windowSeconds: 3600 };

export type ReissueAccessInput = { reference: string; idNumber: string; phoneVerificationToken: unknown };
export type ReissueAccessResult =
  | { ok: true; reference: string; accessToken: string }
  | { ok: false; code: "notFound" | Extract<TokenCheck, { ok: false }>["code"] }
  | { ok: false; code: "rateLimited"; retryAfterSeconds: number };

export async function reissueDeclarerAccess(input: ReissueAccessInput, info: RequestInfo, options: { now?: Date } = {}): Promise<ReissueAccessResult> {
  const now = options.now ?? new Date();
  const limit = await hitRateLimit(REISSUE_ACCESS_PER_IP, info.ip ?? "unknown");
  if (!limit.allowed) return { ok: false, code: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const reference = normalizeReferenceInput(input.reference);
  // The same match as the look-up (a wrong pair and an unknown reference answer alike).
  const found = reference ? await lookupDeclarationStatus(reference, normalizeIdNumber(input.idNumber)) : null;
  if (!found) return { ok: false, code: "notFound" };
  const row = await prisma.declaration.findUniqueOrThrow({ where: { reference: found.reference }, select: { id: true, phone: true, officeCode: true } });
  // Checked after the pair: a stranger learns nothing from the phone answer. A declaration keyed in without
  // a phone (decision 0021) has no number to confirm: no token can open it.
  if (row.phone === null) return { ok: false, code: "phoneVerificationMismatch" };
  const phone = checkVerificationToken(input.phoneVerificationToken, now, row.phone);
  if (!phone.ok) return { ok: false, code: phone.code };
  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "declaration.accessReissued",
      actorType: "citizen",
      officeCode: row.officeCode,
      declarationId: row.id,
      ip: info.ip,
      userAgent: info.userAgent,
      data: { reference: found.reference, phoneVerificationId: phone.verificationId },
    }),
  );
  return { ok: true, reference: found.reference, accessToken: deriveDeclarationAccessToken(row.id) };
}
